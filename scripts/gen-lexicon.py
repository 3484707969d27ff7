#!/usr/bin/env python3
"""Builds data/lexicon.tsv from WordNet 3.0 (Debian package wordnet-base).

The lexicon is committed, so a fresh machine needs neither WordNet nor this
script; run it only to rebuild the file:

    apt-get install wordnet-base && python3 scripts/gen-lexicon.py

Each line: word <TAB> base forms <TAB> synonyms <TAB> antonyms <TAB> derived
words <TAB> parts of speech, sorted by word (bytes).
- base forms: WordNet's irregular forms ("biggest" -> "big", "said" -> "say");
- synonyms: lemmas (single words, or phrases of two or three words joined
  by "_", such as "chief_executive_officer" for "ceo") sharing a synset with the word, taken from the
  word's most frequent senses only (senses seen in WordNet's sense-tagged
  corpus, at most three per part of speech, or the first sense when none
  was), which keeps rare senses ("block" as a city block of cheese) out;
- antonyms: for adjectives, the antonyms of those same senses (directly, or
  through the head of a satellite adjective), since "how big" is answered by
  "small";
- parts of speech: the letters n, v, a, r (adjectives, with satellites, as a;
  adverbs as r) of the word's entries;
- derived words: WordNet's derivational links from the word in those same
  senses ("die" -> "death", "sue" -> "suit", "invest" -> "investor").
WordNet 3.0 license: https://wordnet.princeton.edu/license-and-commercial-use
"""
import collections, os, re, sys

WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "lexicon.tsv")
MAX_SENSES = 3
word_re = re.compile(r"^[a-z][a-z]+$")
# Multi-word synonyms ("ceo" -> "chief_executive_officer"), two or three words.
phrase_re = re.compile(r"^[a-z]+(_[a-z]+){1,2}$")

def synset(pos, offset, cache={}):
    """(words, pointers) of a synset; pointers as (symbol, offset, pos)."""
    key = (pos, offset)
    if key not in cache:
        with open(f"{WN}/data.{pos}", "rb") as f:
            f.seek(offset)
            parts = f.readline().decode("latin-1").split()
        n = int(parts[3], 16)
        words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i].lower()) for i in range(n)]
        at = 4 + 2 * n
        p_cnt = int(parts[at])
        ptrs = [(parts[at + 1 + 4 * i], int(parts[at + 2 + 4 * i]), parts[at + 3 + 4 * i], parts[at + 4 + 4 * i]) for i in range(p_cnt)]
        cache[key] = (words, ptrs)
    return cache[key]

def synset_words(pos, offset):
    return synset(pos, offset)[0]

def antonyms(offset):
    words, ptrs = synset("adj", offset)
    heads = [o for sym, o, _, _ in ptrs if sym == "&"]
    out = []
    for off in [offset] + heads[:1]:
        for sym, o, p, _ in synset("adj", off)[1]:
            if sym == "!" and p in ("a", "s"):
                out += synset("adj", o)[0]
    return out

POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

def derived(pos, offset, lemma):
    """The words WordNet derives from, or to, this sense of the lemma
    ("die" -> "death", "sue" -> "suit"): its lexical "+" pointers."""
    words, ptrs = synset(pos, offset)
    if lemma not in words:
        return []
    own = words.index(lemma) + 1
    out = []
    for sym, o, p, st in ptrs:
        src, tgt = int(st[:2], 16), int(st[2:], 16)
        if sym == "+" and src == own and tgt:
            out.append(synset(POS[p], o)[0][tgt - 1])
    return out

syn = collections.defaultdict(list)
ant = collections.defaultdict(list)
der = collections.defaultdict(list)
parts_of_speech = collections.defaultdict(str)
base = collections.defaultdict(list)
for pos in ("noun", "verb", "adj", "adv"):
    for line in open(f"{WN}/index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split()
        lemma = p[0]
        if not word_re.match(lemma):
            continue
        synset_cnt, p_cnt = int(p[2]), int(p[3])
        tagged = int(p[5 + p_cnt])
        offsets = [int(o) for o in p[6 + p_cnt:6 + p_cnt + synset_cnt]]
        senses = offsets[:min(MAX_SENSES, tagged)] if tagged else offsets[:1]
        letter = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}[pos]
        if letter not in parts_of_speech[lemma]:
            parts_of_speech[lemma] += letter
        for off in senses:
            for w in synset_words(pos, off):
                if w != lemma and (word_re.match(w) or phrase_re.match(w)) and w not in syn[lemma]:
                    syn[lemma].append(w)
            for w in derived(pos, off, lemma):
                if w != lemma and word_re.match(w) and w not in der[lemma]:
                    der[lemma].append(w)
            if pos == "adj":
                for w in antonyms(off):
                    if w != lemma and word_re.match(w) and w not in ant[lemma]:
                        ant[lemma].append(w)
    exc = f"{WN}/{pos}.exc"
    if os.path.exists(exc):
        for line in open(exc, encoding="latin-1"):
            p = line.split()
            if len(p) >= 2 and word_re.match(p[0]):
                for b in p[1:]:
                    if word_re.match(b) and b != p[0] and b not in base[p[0]]:
                        base[p[0]].append(b)

# A word with no relation has no line: `is_word` stays "a word with
# something to say about it", as the search has always used it.
words = sorted(set(syn) | set(base) | set(ant) | set(der), key=lambda w: w.encode())
with open(OUT, "w", encoding="utf-8") as out:
    for w in words:
        out.write(f"{w}\t{','.join(base.get(w, []))}\t{' '.join(syn.get(w, []))}\t{' '.join(ant.get(w, []))}\t{' '.join(der.get(w, []))}\t{parts_of_speech.get(w, '')}\n")
print(f"wrote {OUT}: {len(words)} words", file=sys.stderr)
