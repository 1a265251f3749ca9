#!/usr/bin/env python3
"""Scores the engine on the real corpora in ../shared/corpora, on the whole of each and on two parts.

    python3 tests/corpora.py                    build the CLI (Release), inspect every corpus, print the table
    python3 tests/corpora.py --no-build         the same with the CLI already built
    python3 tests/corpora.py --outputs DIR      score DIR/<corpus>.json files made elsewhere (the CI test does)
    python3 tests/corpora.py --verbose fundus-dev [--part dev]   the scorer's misses for one corpus and part
    python3 tests/corpora.py --json             the table as JSON: {corpus: {part: {metric: value}}}

Parts: `aside` is kept out of all tuning, as the unseen check that a rule generalises; `dev` is the rest,
the part to read misses in. The split is a rule, not a list, so no article name is written here:
  polnear-train    the last 18 articles (in name order) of each of the seven publishers: 126 of 840
  fundus-dev       articles numbered 033 and up: 8 of 41, from six publishers (three of them seen nowhere else)
  trafilatura-dev  articles numbered 040 and up: 8 of 48 (every site appears once)
A corpus folder with gold.json and articles/ is scored by score.py, one with text/ and attributions/ by
attribution_score.py. Corpus texts are read in place; nothing is copied into the repository.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPORA = os.path.join(SHARED, "corpora")
TOOLS = os.path.join(SHARED, "tools")

# Which articles of a corpus are kept aside; the rest is `dev`.
ASIDE_FROM_NUMBER = {"fundus-dev": 33, "trafilatura-dev": 40}
POLNEAR_ASIDE_PER_PUBLISHER = 18

ATTRIBUTION_METRICS = ("quote_recall", "speaker_named", "speaker_pronoun", "overall")
PAGE_METRICS = ("headline", "standfirst", "authors", "dateline", "credit", "body_contains", "body_excludes",
                "captions_f1", "crossheads_f1", "overall")


def corpora():
    if not os.path.isdir(CORPORA):
        sys.exit(f"corpora.py: {CORPORA} not found (the shared folder must sit beside the repository)")
    return sorted(d for d in os.listdir(CORPORA) if os.path.isdir(os.path.join(CORPORA, d)))


def is_attribution(corpus):
    return os.path.isdir(os.path.join(CORPORA, corpus, "attributions"))


def articles_dir(corpus):
    return os.path.join(CORPORA, corpus, "text" if is_attribution(corpus) else "articles")


def is_aside(corpus, name, publisher_rank=None):
    if is_attribution(corpus):
        return publisher_rank is not None and publisher_rank < POLNEAR_ASIDE_PER_PUBLISHER
    m = re.match(r"(\d+)", name)
    first = ASIDE_FROM_NUMBER.get(corpus)
    return first is not None and m is not None and int(m.group(1)) >= first


def parts(corpus):
    """{'dev': set(names), 'aside': set(names), 'all': set(names)} of article file names."""
    names = sorted(f for f in os.listdir(articles_dir(corpus)) if f.endswith(".txt"))
    rank = {}
    if is_attribution(corpus):
        by_publisher = {}
        for n in names:
            by_publisher.setdefault(n.split("_", 1)[0], []).append(n)
        for group in by_publisher.values():
            for i, n in enumerate(reversed(group)):
                rank[n] = i
    aside = {n for n in names if is_aside(corpus, n, rank.get(n))}
    return {"all": set(names), "dev": set(names) - aside, "aside": aside}


def build_cli():
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "SeedModels.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)


def inspect(corpus, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        subprocess.run(["dotnet", "run", "--no-build", "-c", "Release", "--project", os.path.join(ROOT, "src", "SeedModels.Cli"),
                        "--", "inspect", articles_dir(corpus), "--json"], check=True, stdout=out)


def base(path):
    return os.path.basename(path.replace("\\", "/"))


def score_part(corpus, predicted, names, tmp, verbose):
    pred = json.load(open(predicted, encoding="utf-8"))
    pred = {"articles": [a for a in pred["articles"] if base(a.get("sourceFile") or "") in names]}
    pred_path = os.path.join(tmp, "pred.json")
    json.dump(pred, open(pred_path, "w", encoding="utf-8"))
    if is_attribution(corpus):
        sub = os.path.join(tmp, "corpus")
        shutil.rmtree(sub, ignore_errors=True)
        os.makedirs(os.path.join(sub, "text"))
        os.makedirs(os.path.join(sub, "attributions"))
        src = os.path.join(CORPORA, corpus)
        for n in names:
            os.symlink(os.path.join(src, "text", n), os.path.join(sub, "text", n))
        stems = {n[:-4] for n in names}
        for a in os.listdir(os.path.join(src, "attributions")):
            if a.rsplit("_", 1)[0] in stems:
                os.symlink(os.path.join(src, "attributions", a), os.path.join(sub, "attributions", a))
        if os.path.exists(os.path.join(src, "coref.json")):
            os.symlink(os.path.join(src, "coref.json"), os.path.join(sub, "coref.json"))
        cmd = [sys.executable, os.path.join(TOOLS, "attribution_score.py"), sub, pred_path]
    else:
        gold = json.load(open(os.path.join(CORPORA, corpus, "gold.json"), encoding="utf-8"))
        gold["articles"] = [a for a in gold["articles"] if base(a["file"]) in names]
        gold_path = os.path.join(tmp, "gold.json")
        json.dump(gold, open(gold_path, "w", encoding="utf-8"))
        cmd = [sys.executable, os.path.join(TOOLS, "score.py"), gold_path, pred_path]
    if verbose:
        subprocess.run(cmd + ["--verbose"], check=True)
        return None
    text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    metrics = {}
    for line in text.splitlines():
        m = re.match(r"^(\w+)\s+(n/a|[0-9.]+)$", line.strip())
        if m:
            metrics[m.group(1)] = None if m.group(2) == "n/a" else float(m.group(2))
    return metrics


def main(argv):
    args = list(argv)
    as_json = "--json" in args
    verbose = None
    part_for_verbose = "dev"
    if "--verbose" in args:
        verbose = args[args.index("--verbose") + 1]
    if "--part" in args:
        part_for_verbose = args[args.index("--part") + 1]
    outputs = args[args.index("--outputs") + 1] if "--outputs" in args else None

    names = corpora() if verbose is None else [verbose]
    with tempfile.TemporaryDirectory() as tmp:
        if outputs is None:
            if "--no-build" not in args:
                build_cli()
            outputs = tmp
            for c in names:
                inspect(c, os.path.join(tmp, c + ".json"))
        if verbose is not None:
            score_part(verbose, os.path.join(outputs, verbose + ".json"), parts(verbose)[part_for_verbose], tmp, True)
            return 0
        table = {}
        for c in names:
            table[c] = {}
            for part, members in parts(c).items():
                table[c][part] = score_part(c, os.path.join(outputs, c + ".json"), members, tmp, False)
    if as_json:
        print(json.dumps(table, indent=2))
        return 0
    for c, by_part in table.items():
        keys = ATTRIBUTION_METRICS if is_attribution(c) else PAGE_METRICS
        print(f"{c}  ({len(parts(c)['dev'])} dev + {len(parts(c)['aside'])} aside)")
        print(f"  {'metric':16}" + "".join(f"{p:>8}" for p in ("all", "dev", "aside")))
        for k in keys:
            cells = []
            for p in ("all", "dev", "aside"):
                v = by_part[p].get(k)
                cells.append(f"{'n/a' if v is None else format(v, '.3f'):>8}")
            print(f"  {k:16}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
