#!/usr/bin/env bash
# Renders a report's Word file and HTML page to PNG images, to look at them as a reader would
# (docs/rendering-layout.md):
#   DOCX → PDF (LibreOffice, headless) → docx-page-N.png (pdftoppm)
#   HTML → html-screen.png (Chromium's screenshot of the page on screen)
#        → PDF (Chromium's print) → html-page-N.png (pdftoppm)
# Usage: tools/previews.sh REPORT.docx REPORT.html OUTDIR
# Needs Debian's libreoffice-writer-nogui, poppler-utils, chromium and fonts-noto-cjk. RESOLUTION (dpi, default 80)
# sets the size of the page images.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "用法：tools/previews.sh 报告.docx 报告.html 输出目录" >&2
  exit 3
fi
docx="$(realpath "$1")"
html="$(realpath "$2")"
out="$3"
resolution="${RESOLUTION:-80}"
for file in "$docx" "$html"; do
  [[ -f "$file" ]] || { echo "找不到文件：$file" >&2; exit 3; }
done
for tool in soffice pdftoppm chromium; do
  command -v "$tool" >/dev/null 2>&1 || { echo "缺少 $tool：请安装 Debian 软件包 libreoffice-writer-nogui、poppler-utils、chromium。" >&2; exit 4; }
done
mkdir -p "$out"
out="$(realpath "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The documents name the fonts agencies use (方正小标宋简体, 仿宋_GB2312, 黑体, 宋体). Where they are not installed,
# LibreOffice and Chromium ask fontconfig, which knows none of these names and would set everything in one sans-serif
# face. This configuration keeps an installed font first and otherwise falls back to the Noto CJK face of the same
# kind: Song and FangSong to Noto Serif CJK SC, Hei to Noto Sans CJK SC, and 小标宋 (a heavy Song) to the bold Noto
# Serif CJK SC.
fallback() { # family, the same face's other name, the Noto face
  printf '<alias binding="same"><family>%s</family><accept><family>%s</family><family>%s</family></accept></alias>\n' "$1" "$2" "$3"
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>'
  echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  fallback "仿宋_GB2312" "仿宋" "Noto Serif CJK SC"
  fallback "仿宋" "FangSong" "Noto Serif CJK SC"
  fallback "宋体" "SimSun" "Noto Serif CJK SC"
  fallback "黑体" "SimHei" "Noto Sans CJK SC"
  if ! fc-list "方正小标宋简体" family | grep -q . && ! fc-list "方正小标宋_GBK" family | grep -q .; then
    echo '<match target="pattern"><test name="family"><string>方正小标宋简体</string></test><edit name="family" mode="assign" binding="same"><string>Noto Serif CJK SC</string></edit><edit name="weight" mode="assign" binding="same"><const>bold</const></edit></match>'
  else
    fallback "方正小标宋简体" "方正小标宋_GBK" "Noto Serif CJK SC"
  fi
  echo '</fontconfig>'
} >"$work/fonts.conf"
export FONTCONFIG_FILE="$work/fonts.conf"

# Word file: printed to PDF by LibreOffice with a throwaway profile, as an agency would print it.
cp "$docx" "$work/report.docx"
soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore --nolockcheck \
  --convert-to pdf --outdir "$work" "$work/report.docx" >/dev/null 2>&1
[[ -f "$work/report.pdf" ]] || { echo "LibreOffice 未能把 $docx 转换为 PDF。" >&2; exit 1; }
rm -f "$out"/docx-page-*.png "$out"/html-page-*.png "$out/html-screen.png"
pdftoppm -r "$resolution" -png "$work/report.pdf" "$out/docx-page"

# HTML page: on screen (the top of the page, as a browser window shows it), then printed to A4.
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "--user-data-dir=$work/chrome")
"${chrome[@]}" --window-size=900,1300 "--screenshot=$out/html-screen.png" "file://$html" >/dev/null 2>&1
"${chrome[@]}" --no-pdf-header-footer "--print-to-pdf=$work/page.pdf" "file://$html" >/dev/null 2>&1
[[ -f "$work/page.pdf" ]] || { echo "Chromium 未能打印 $html。" >&2; exit 1; }
pdftoppm -r "$resolution" -png "$work/page.pdf" "$out/html-page"

ls "$out"/docx-page-*.png "$out/html-screen.png" "$out"/html-page-*.png
