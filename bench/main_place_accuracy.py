"""Main-place accuracy of the extractor per gold set: python bench/main_place_accuracy.py DIR...

For each gold document, the most frequent place of its facts against the main situation place
the extractor resolves (SituationResolution.main_place); prints the misses and per-set counts."""
import sys, json, glob, collections
from rightsgraph.loaders import situation_resolution as sr
from rightsgraph.loaders.documents import read_path
from rightsgraph.loaders.extract import extract
from rightsgraph.loaders.evaluate import resolve_document
rec = {}
orig = sr.SituationResolution.resolve
def resolve(self):
    out = orig(self); rec["main"] = self.main_place; return out
sr.SituationResolution.resolve = resolve
tot = collections.Counter(); ok = collections.Counter(); okc = collections.Counter()
for d in sys.argv[1:]:
    for f in sorted(glob.glob(d + "/*.json")):
        g = json.load(open(f))
        places = collections.Counter(x.get("place") for x in g["facts"])
        if not places: continue
        want = places.most_common(1)[0][0]
        doc = next(iter(read_path(resolve_document(g["document"], __import__("pathlib").Path(d)), lang=g.get("lang"))))
        rec.clear()
        try:
            extract(doc)
        except AttributeError as exc:  # another module under edit
            print("  ERROR", f, exc); continue
        got = rec.get("main")
        key = (d.split("/")[-2], g["lang"])
        tot[key] += 1; ok[key] += got == want; okc[key] += (got or "").split("-")[0] == (want or "").split("-")[0]
        if got != want: print(f"  {d.split('/')[-2]:8} {f.split('/')[-1][:45]:45} gold={want} got={got}")
for k in sorted(tot): print(k, f"{ok[k]}/{tot[k]} exact, {okc[k]}/{tot[k]} country")
print("ALL", sum(ok.values()), sum(okc.values()), sum(tot.values()))
