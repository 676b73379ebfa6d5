#!/usr/bin/env bash
# Installs Debian's headless LibreOffice (Writer and Calc, no GUI) and poppler-utils for the document rendering tests
# (OfficeRendering in src/test/java/vn/cchc/documents/format): every generated DOCX/XLSX is converted to PDF with soffice and checked
# page by page. Fonts: Liberation Serif 2 (fonts-liberation2) has the metrics of Times New Roman, the font the documents
# ask for and fontconfig maps to it, and every Vietnamese letter (version 1, fonts-liberation, lacks some, and
# LibreOffice then prints those letters in another font); Carlito/Caladea have those of Calibri/Cambria.
# Only when something is missing; quiet; safe to run any number of times. Needs root (CI runs as root).
set -euo pipefail

if [ -x /usr/bin/soffice ] && [ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdftoppm ] \
    && [ -d /usr/lib/libreoffice/program ] && [ -d /usr/share/fonts/truetype/liberation2 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-libreoffice: LibreOffice or poppler-utils missing and not root; document rendering tests will be skipped" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fontconfig \
    fonts-liberation fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea; } >"$log" 2>&1; then
  echo "install-libreoffice: apt-get failed:" >&2
  tail -n 20 "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "install-libreoffice: $(/usr/bin/soffice --version 2>/dev/null | head -n 1 || echo libreoffice installed)"
