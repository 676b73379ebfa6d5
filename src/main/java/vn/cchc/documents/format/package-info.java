/**
 * Layout of official documents and statistics workbooks (Decree 30 header, signature, tables), used by the features
 * that produce documents: a named interface of the {@code documents} module (ModuleBoundariesTest).
 */
@NamedInterface("format")
package vn.cchc.documents.format;

import org.springframework.modulith.NamedInterface;
