#!/usr/bin/env bash
# Makes a "scanned" PDF (image only, slightly rotated, blurred and speckled, no text layer) from one of the team's
# sample texts, so the demo and the tests exercise OCR. Needs chromium, poppler-utils and python3-pil.
# Usage: scripts/make-scanned-sample.sh INPUT.txt OUTPUT.pdf
set -euo pipefail
# Debian's python3 (with PIL) rather than a pyenv one.
py="$(if [ -x /usr/bin/python3 ]; then echo /usr/bin/python3; else command -v python3; fi)"
input="$1"; output="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$py" - "$input" "$work/page.html" <<'PY'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
style = 'body{font-family:"DejaVu Serif",serif;font-size:12pt;margin:2.5cm} pre{font-family:inherit;white-space:pre-wrap}'
open(sys.argv[2], "w", encoding="utf-8").write(f'<!doctype html><html><head><meta charset="utf-8"><style>{style}</style></head><body><pre>{html.escape(text)}</pre></body></html>')
PY
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --no-pdf-header-footer \
  --print-to-pdf="$work/clean.pdf" "file://$work/page.html" 2>/dev/null
pdftoppm -r 150 -gray -png "$work/clean.pdf" "$work/page"
"$py" - "$work" "$output" <<'PY'
import glob, random, sys
from PIL import Image, ImageFilter
random.seed(7)
pages = []
for path in sorted(glob.glob(f"{sys.argv[1]}/page-*.png")):
    img = Image.open(path).convert("L").rotate(0.6, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.4))
    px = img.load(); w, h = img.size
    for _ in range(w * h // 3000):
        px[random.randrange(w), random.randrange(h)] = random.choice([0, 90, 200])
    pages.append(img)
pages[0].save(sys.argv[2], "PDF", resolution=150.0, save_all=True, append_images=pages[1:])
PY
