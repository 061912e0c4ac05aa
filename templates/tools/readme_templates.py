"""Regenerates the list of shipped templates in README.md (languages and key-point coverage).

Run after `mvn -q -B test -Dtest=TemplateCoverageTest` (which writes target/template-coverage.md):
    python3 templates/tools/readme_templates.py
"""
import json, os, re, glob

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATS = ["recommendation-and-feed", "search-and-ranking", "ads", "integrity-and-safety", "fraud-and-risk",
        "forecasting-and-regression", "nlp", "vision", "generative-ai", "platform-and-monitoring"]
cov = {}
overall = ""
for line in open(os.path.join(ROOT, "target/template-coverage.md"), encoding="utf-8"):
    if line.startswith("Overall:"):
        overall = line.strip()
    m = re.match(r"\| `([^`]+)` \| \w+ \| (\d+)/(\d+) \| (\d+)% \|", line)
    if m:
        cov[m.group(1)] = (m.group(2), m.group(3), m.group(4))
rows = []
for f in sorted(glob.glob(os.path.join(ROOT, "templates/*.json"))):
    t = json.load(open(f, encoding="utf-8"))
    langs = [t.get("language", "en")]
    for lang in ["en", "zh", "ru"]:
        if lang not in langs and os.path.exists(os.path.join(ROOT, f"templates/i18n/{t['id']}.{lang}.json")):
            langs.append(lang)
    langs = [l for l in ["en", "zh", "ru"] if l in langs]
    c = cov.get(t["id"], ("?", "?", "?"))
    rows.append((CATS.index(t["category"]), t["title"].lower(), t["category"], t["title"], t["id"], langs, c))
rows.sort()
out = [f"### The shipped templates ({len(rows)})", "",
       "Each row: the category, the template, the languages its text exists in, and how much of its use case's",
       "key-point checklist the English reference answer covers (see *Key-point coverage* below).", "",
       "| category | template (id) | languages | key points covered |", "|---|---|---|---|"]
for _, _, cat, title, id_, langs, c in rows:
    out.append(f"| {cat} | {title} (`{id_}`) | {', '.join(langs)} | {c[0]}/{c[1]} ({c[2]}%) |")
n = {l: sum(1 for r in rows if l in r[5]) for l in ["en", "zh", "ru"]}
out += ["", f"Languages: English {n['en']}, Chinese {n['zh']}, Russian {n['ru']} of {len(rows)} templates. "
        "A template without the interface language opens in English.", "", f"Key points: {overall.replace('Overall: ', '')}", ""]
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
start = readme.index("### The shipped templates")
end = readme.index("### Key-point coverage") if "### Key-point coverage" in readme else readme.index("### On the command line")
readme = readme[:start] + "\n".join(out) + "\n" + readme[end:]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
print(len(rows), n)
