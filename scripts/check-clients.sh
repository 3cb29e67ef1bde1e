#!/usr/bin/env bash
# Opens the Bình Phước report, as DomainKit's exporters write it, in real clients. Run by hand, not in CI:
#   apt-get install libreoffice-calc-nogui libreoffice-writer-nogui chromium   # once
#   scripts/check-clients.sh [output folder]
# - LibreOffice converts the XLSX, sheet by sheet, to CSV; every count and amount must equal the JSON export's.
# - LibreOffice converts the DOCX to text; the title, the national motto and the official date must be there.
# - Python's csv module reads the CSV export; every table block must be rectangular and the amounts in place.
# - Python's jsonschema (when installed) validates the JSON export against docs/schemas/report.v1.schema.json.
# - Headless Chromium renders the HTML to a PNG.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

echo "Writing the report to $out"
dotnet run --project "$root/examples/DomainKit.Examples.BinhPhuoc" -c Release -- --export "$out" > "$out/example.txt"
base="$out/binh-phuoc-2023"
for ext in csv json md html xlsx docx; do
  [[ -s "$base.$ext" ]] || fail "$base.$ext was not written"
done

soffice_bin="$(command -v soffice || command -v libreoffice || true)"
if [[ -z "$soffice_bin" ]]; then
  fail "LibreOffice is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)"
else
  mkdir -p "$out/lo-csv" "$out/lo-txt"
  # Filter options: comma, double quote, UTF-8, from line 1, (no column formats), language, quoted text, detect
  # numbers, values not as shown (raw numbers), formulas, BOM, every sheet to its own file (-1).
  "$soffice_bin" --headless --norestore -env:UserInstallation="file://$out/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1' \
    --outdir "$out/lo-csv" "$base.xlsx" > "$out/lo-csv.log" 2>&1 || fail "LibreOffice could not convert the XLSX"
  "$soffice_bin" --headless --norestore -env:UserInstallation="file://$out/lo-profile" \
    --convert-to 'txt:Text (encoded):UTF8' --outdir "$out/lo-txt" "$base.docx" > "$out/lo-txt.log" 2>&1 || fail "LibreOffice could not convert the DOCX"

  if python3 - "$base.json" "$out/lo-csv" <<'PY'
import csv, glob, json, os, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[2]
checked = 0
for table in report["tables"]:
    matches = [p for p in glob.glob(os.path.join(folder, "*.csv")) if p.endswith("-" + table["id"] + ".csv")]
    if not matches:
        sys.exit(f"no sheet converted for table {table['id']}: {sorted(os.listdir(folder))}")
    rows = list(csv.reader(open(matches[0], encoding="utf-8")))
    headers = [c["header"] for c in table["columns"]]
    start = next(i for i, r in enumerate(rows) if r[: len(headers)] == headers) + 1
    for offset, row in enumerate(table["rows"]):
        sheet_row = rows[start + offset]
        for column, cell in zip(table["columns"], row["cells"]):
            index = table["columns"].index(column)
            shown = sheet_row[index] if index < len(sheet_row) else ""
            if column["kind"] in ("count", "money"):
                # A figure not reported is null in the JSON and the text "–" in a sheet, never 0.
                expected = "–" if cell is None else str(cell["value"])
                actual = shown if shown in ("", "–") else str(int(float(shown)))
                if expected != actual:
                    sys.exit(f"{table['id']} row {offset + 1} {column['code']}: JSON {expected!r}, LibreOffice {shown!r}")
                checked += 1
print(f"{checked} figures of {len(report['tables'])} tables match")
PY
  then pass "LibreOffice reads the XLSX figures the JSON holds"; else fail "XLSX figures differ"; fi

  docx_text="$(cat "$out"/lo-txt/*.txt 2>/dev/null || true)"
  for expected in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Bình Phước, ngày 10 tháng 11 năm 2023" "6.100.542.700"; do
    grep -qF "$expected" <<<"$docx_text" || fail "the DOCX as text lacks '$expected'"
  done
  grep -qiF "một số mô hình, câu lạc bộ làm theo lời bác" <<<"$docx_text" && pass "LibreOffice reads the DOCX" || fail "the DOCX as text lacks the title"
fi

if python3 - "$base.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
blocks, block = [], []
for row in rows + [[]]:
    if row:
        block.append(row)
    elif block:
        blocks.append(block)
        block = []
for block in blocks:
    width = len(block[1])
    bad = [r for r in block[2:] if len(r) != width]
    if bad:
        sys.exit(f"block '{block[0][0]}' has rows of {len(bad[0])} cells under a header of {width}")
if not any("6.100.542.700 đ" in row for row in rows):
    sys.exit("the funds amount 6.100.542.700 đ is not a cell")
print(f"{len(blocks)} blocks, {len(rows)} rows")
PY
then pass "Python's csv module reads the CSV"; else fail "the CSV does not read back"; fi

if python3 -c "import jsonschema" 2>/dev/null; then
  if python3 - "$root/docs/schemas/report.v1.schema.json" "$base.json" <<'PY'
import json, sys, jsonschema
jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2], encoding="utf-8")))
PY
  then pass "jsonschema validates the JSON"; else fail "the JSON does not match its schema"; fi
else
  echo "skip: Python's jsonschema is not installed"
fi

chromium_bin="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$chromium_bin" ]]; then
  fail "Chromium is not installed (apt-get install chromium)"
else
  "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1240,4000 \
    --screenshot="$out/binh-phuoc-2023.png" "file://$base.html" > "$out/chromium.log" 2>&1 || true
  size=$(stat -c %s "$out/binh-phuoc-2023.png" 2>/dev/null || echo 0)
  if (( size > 20000 )); then pass "Chromium renders the HTML ($out/binh-phuoc-2023.png, $size bytes)"; else fail "Chromium did not render the HTML (see $out/chromium.log)"; fi
fi

echo "Outputs in $out"
if (( failures > 0 )); then echo "$failures check(s) failed"; exit 1; fi
echo "all client checks passed"
