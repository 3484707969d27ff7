#!/usr/bin/env python3
"""Measures what a static sentence-embedding model would add to citebot's
answers: WordLlama's l2_supercat model (256 dimensions, the token
embeddings shipped in the `wordllama` package on PyPI, MIT licence), a
sentence being the mean of its tokens' vectors.

Not part of the build or the tests; the README quotes what it prints.

    pip install wordllama          # ships the weights; nothing is downloaded
    cargo build --release
    python3 scripts/measure-static-embeddings.py [--no-thesaurus]

It prints, over every set of tests/fixtures/sets.toml (each on its own
article): the embedding alone as a retriever (top-1, recall@3); citebot's
own ranking re-scored by score * exp(beta * cosine) for a few betas; and,
for the questions citebot refuses, whether the embedding could tell the
in-scope ones from the out-of-scope ones (ROC AUC of the best cosine).
"""
import json
import os
import re
import subprocess
import sys
import tomllib

import numpy as np
import wordllama
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BIN = os.path.join(ROOT, "target", "release", "citebot")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")

pkg = os.path.dirname(wordllama.__file__)
tokenizer = Tokenizer.from_file(os.path.join(pkg, "tokenizers", "l2_supercat_tokenizer_config.json"))
vectors = load_file(os.path.join(pkg, "weights", "l2_supercat_256.safetensors"))["embedding.weight"].astype(np.float32)


def embed(texts):
    out = []
    for t in texts:
        ids = tokenizer.encode(t, add_special_tokens=False).ids
        v = vectors[ids].mean(0) if ids else np.zeros(vectors.shape[1], np.float32)
        n = np.linalg.norm(v)
        out.append(v / n if n else v)
    return np.array(out)


def citebot(corpus, *args, stdin=None):
    config = ["--config", os.path.join(ROOT, "scripts", "no-thesaurus.toml")] if "--no-thesaurus" in sys.argv else []
    return subprocess.run([BIN, "--corpus", corpus, *config, *args], input=stdin, capture_output=True, text=True)


def passages(corpus):
    """(id, text) of every passage, through `citebot cite`."""
    ids = re.search(r"ids are (.*)", citebot(corpus, "cite", "?").stderr).group(1).strip().split(", ")
    out = []
    for i in ids:
        lines = citebot(corpus, "cite", i).stdout.split("\n")[1:]
        body = []
        for line in lines:
            if line.startswith("    — ") or line.startswith("    ⚠"):
                break
            if line.startswith("    "):
                body.append(line.strip())
        out.append((i, " ".join(body)))
    return out


def accepted(text, accept):
    return any(all(a in text for a in alt) for alt in accept)


manifest = tomllib.load(open(os.path.join(FIXTURES, "sets.toml"), "rb"))
alone = [0, 0, 0]  # top-1, recall@3, in-scope questions
rows = []  # (question, covered, [(text, score, cosine)], best cosine over the article, right by the embedding)
for s in manifest["set"]:
    corpus = os.path.join(FIXTURES, s["corpus"])
    questions = json.load(open(os.path.join(FIXTURES, f"{s['name']}-questions.json")))
    ps = passages(corpus)
    pv = embed([t for _, t in ps])
    index = {i: k for k, (i, _) in enumerate(ps)}
    answers = [json.loads(l) for l in citebot(corpus, "ask", "--json", "--top", "10", stdin="\n".join(q["question"] for q in questions) + "\n").stdout.splitlines() if l.strip()]
    for q, a in zip(questions, answers):
        cos = pv @ embed([q["question"]])[0]
        order = np.argsort(-cos)
        right = accepted(ps[order[0]][1], q.get("accept", []))
        if q["in_scope"]:
            alone[0] += right
            alone[1] += any(accepted(ps[k][1], q["accept"]) for k in order[:3])
            alone[2] += 1
        cands = [(p["text"], p["score"], float(cos[index[p["id"].split(":")[-1]]])) for p in a["passages"]]
        rows.append((q, a["covered"], cands, float(cos[order[0]]), right))

n = alone[2]
print(f"embedding alone: top-1 {100 * alone[0] / n:.1f}%, recall@3 {100 * alone[1] / n:.1f}% of {n} in-scope questions")
for beta in [0, 1, 2, 3, 5]:
    t1 = r3 = 0
    for q, covered, cands, _, _ in rows:
        if q["in_scope"] and covered and cands:
            order = sorted(cands, key=lambda c: -(c[1] * np.exp(beta * c[2])))
            t1 += accepted(order[0][0], q["accept"])
            r3 += any(accepted(c[0], q["accept"]) for c in order[:3])
    print(f"citebot re-scored, beta {beta}: top-1 {100 * t1 / n:.1f}%, recall@3 {100 * r3 / n:.1f}%")
ins = [best for q, covered, _, best, _ in rows if q["in_scope"] and not covered]
oos = [best for q, covered, _, best, _ in rows if not q["in_scope"] and not covered]
rescuable = sum(1 for q, covered, _, _, right in rows if q["in_scope"] and not covered and right)
auc = np.mean([i > o for i in ins for o in oos]) if ins and oos else float("nan")
print(f"refused by citebot: {len(ins)} in-scope (the embedding's first passage right for {rescuable}), {len(oos)} out-of-scope; best-cosine AUC {auc:.2f}")
