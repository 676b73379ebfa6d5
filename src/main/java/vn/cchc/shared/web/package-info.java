/**
 * Web helpers every feature's pages use (download headers, the page header): a named interface of the {@code shared}
 * module (ModuleBoundariesTest).
 */
@NamedInterface("web")
package vn.cchc.shared.web;

import org.springframework.modulith.NamedInterface;
