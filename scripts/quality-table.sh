#!/usr/bin/env bash
# Prints the README's answer-quality table: every question set in
# tests/fixtures, on its own article and on the multi-article corpus, scored
# by `citebot eval` and by its plain-BM25 reference (`--baseline`).
#
#   cargo build --release && scripts/quality-table.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/citebot
# set name | corpus | question file
sets=(
  "development, sample article|corpus|dev"
  "own questions, sample article|corpus|extra"
  "chat-style questions, sample article|corpus|chat"
  "later questions, sample article|corpus|sample2"
  "harbor article|tests/fixtures/articles|harbor"
  "glacier article|tests/fixtures/unseen|unseen"
  "sleep-study article|tests/fixtures/science|science"
  "wire-copy article|tests/fixtures/wire|wire"
  "court article|tests/fixtures/court|court"
  "explainer article|tests/fixtures/explainer|explainer"
  "wind article|tests/fixtures/wind|wind"
  "bird-flu article|tests/fixtures/heldout|heldout"
  "stadium article|tests/fixtures/stadium|stadium"
  "data-breach article|tests/fixtures/breach|breach"
  "rentals-law article|tests/fixtures/rentals|rentals"
  "weight-loss-pill article|tests/fixtures/pill|pill"
  "football-takeover article|tests/fixtures/club|club"
  "flood live-blog article|tests/fixtures/flood|flood"
  "smart-glasses article|tests/fixtures/glasses|glasses"
  "interest-rates article|tests/fixtures/rates|rates"
  "museum-returns article|tests/fixtures/final|final"
  "tuition article|tests/fixtures/tuition|tuition"
  "airline-grounding article|tests/fixtures/final2|final2"
  "asteroid-probe article|tests/fixtures/probe|probe"
  "diesel-ban article|tests/fixtures/diesel|diesel"
  "app-fine article|tests/fixtures/final3|final3"
  "bribery-verdict article|tests/fixtures/bribery|bribery"
  "measles-outbreak article|tests/fixtures/measles|measles"
  "marathon-record article|tests/fixtures/marathon|marathon"
  "dock-strike article|tests/fixtures/final4|final4"
  "house-prices article|tests/fixtures/housing|housing"
  "chip-earnings article|tests/fixtures/earnings|earnings"
  "streaming-prices article|tests/fixtures/streaming|streaming"
  "boil-water article|tests/fixtures/water|water"
  "airbag-recall article|tests/fixtures/recall|recall"
  "supermarket-merger article|tests/fixtures/merger|merger"
  "tennis-doping article|tests/fixtures/doping|doping"
  "confidence-vote article|tests/fixtures/vote|vote"
  "jewellery-heist article|tests/fixtures/heist|heist"
  "crypto-exchange article|tests/fixtures/crypto|crypto"
  "manager-sacked article|tests/fixtures/sacked|sacked"
  "software-layoffs article|tests/fixtures/layoffs|layoffs"
  "smoking-age article|tests/fixtures/smoking|smoking"
  "oil-spill article|tests/fixtures/spill|spill"
  "doorbell-footage article|tests/fixtures/doorbell|doorbell"
  "mayoral-election article|tests/fixtures/mayor|mayor"
  "school-heat article|tests/fixtures/heat|heat"
)
cell() { # eval output line -> "top-1 · recall@3 · refused · wrongly refused"
  sed -E 's/^top1 [0-9]+\/([0-9]+) \(([0-9]+%)\) recall@3 [0-9]+\/[0-9]+ \(([0-9]+%)\).*out-of-scope refused ([0-9]+\/[0-9]+) \| in-scope refused ([0-9]+\/[0-9]+).*/\2 · \3 · \4 · \5/'
}
echo "| question set | citebot: top-1 · recall@3 · out-of-scope refused · in-scope refused | plain BM25 (\`--baseline\`) |"
echo "|---|---|---|"
for multi in no yes; do
  for s in "${sets[@]}"; do
    IFS='|' read -r name corpus file <<<"$s"
    q="tests/fixtures/$file-questions.json"
    if [ "$multi" = yes ]; then corpus=tests/fixtures/multi; name="$name, all forty-four articles at once"; fi
    ours=$("$bin" --corpus "$corpus" eval "$q" | cell)
    base=$("$bin" --corpus "$corpus" eval "$q" --baseline | cell)
    echo "| $name | $ours | $base |"
  done
done

# Sums eval summary lines into one cell: "top-1 · recall@3 · refused ·
# wrongly refused"; with "counts", the in-scope and out-of-scope totals.
sum() {
  python3 -c '
import re, sys
t = r = ins = ref = oos = orr = 0
for line in sys.stdin:
    m = re.search(r"top1 (\d+)/(\d+).*recall@3 (\d+)/.*out-of-scope refused (\d+)/(\d+) \| in-scope refused (\d+)/", line)
    a, b, c, d, e, f = map(int, m.groups())
    t += a; ins += b; r += c; orr += d; oos += e; ref += f
if sys.argv[1:] == ["counts"]:
    print(f"{ins} / {oos}", end="")
else:
    print(f"{100*t/ins:.0f}% · {100*r/ins:.0f}% · {orr}/{oos} ({100*orr/oos:.0f}%) · {ref}/{ins} ({100*ref/ins:.0f}%)", end="")
' "$@"
}
others() {
  for s in "${sets[@]}"; do
    IFS='|' read -r name corpus file <<<"$s"
    case "$corpus" in tests/*) "$bin" --corpus "$corpus" eval "tests/fixtures/$file-questions.json" "$@" ;; esac
  done
}
# The other articles together (each on its own), as one line.
echo "| the forty-three other articles together, each on its own ($(others | sum counts)) | $(others | sum) | $(others --baseline | sum) |"

# Every set on the multi-article corpus, asked without context and in a
# conversation about its own article (`eval --context`), as one line.
stem() { # corpus dir -> the file stem of its one article
  if [ "$1" = corpus ]; then echo azure-china-ai; return; fi
  local f
  f=$(ls "$1" | grep -E '\.(md|txt)$')
  echo "${f%.*}"
}
multi() {
  for s in "${sets[@]}"; do
    IFS='|' read -r name corpus file <<<"$s"
    if [ "${1:-}" = context ]; then
      "$bin" --corpus tests/fixtures/multi eval "tests/fixtures/$file-questions.json" --context "$(stem "$corpus")"
    else
      "$bin" --corpus tests/fixtures/multi eval "tests/fixtures/$file-questions.json"
    fi
  done
}
echo
echo "| every set, all forty-four articles at once | without context | in a conversation about its article (\`--context\`) |"
echo "|---|---|---|"
echo "| top-1 · recall@3 · out-of-scope refused · in-scope refused | $(multi | sum) | $(multi context | sum) |"
