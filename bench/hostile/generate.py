#!/usr/bin/env python3
"""Hostile inputs at a given scale, for bench/hostile.sh: pages shaped to find work that grows faster than the input
(a scan restarted at every line, a pair loop over mentions). Each shape is written as plain text (KIND.txt, cleaned
as a text dump), as an already clean passage (KIND.jsonl, straight to the language layers) or as HTML (KIND.html).

    python3 bench/hostile/generate.py N OUT-DIR      (N ~ words or elements; the script runs N and 4N)
"""
import json, os, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
first = "John Mary Peter Anna Ivan Li Omar Sara Carlos Mei Ahmed Olga Raj Fatima Tom Nina".split()
last = "Smith Jones Petrov Wang Haddad Garcia Kim Novak Singh Ali Brown Silva Costa Ito Berg Moreau".split()
def name(i):
    return f"{first[i % 16]} {last[(i // 16) % 16]}" + ("" if i < 256 else chr(65 + (i // 256) % 26) + "ovic")
sentence = "The army said on Monday that rebels attacked a convoy near the border, killing three soldiers."
words = "the rebels attacked police in Kabul and said that government forces would respond on Monday with $5 million aid".split()

passages = {  # clean text for the language layers
    "long-sentence": " ".join(rng.choice(words) for _ in range(n)) + ".",
    "quotes": "\n\n".join(f'"We will not back down," {name(i)} said. "The talks failed," he added.' for i in range(n // 12)),
    "names": " ".join(f"{name(i)} met {name(i + 1)} in Paris." for i in range(n // 6)),
    "coordination": ", ".join(name(i) for i in range(n // 3)) + " and the United Nations attacked the army.",
    "amounts": " ".join(f"The company paid ${i} million, or {i} percent of 2{i % 10}0 euros." for i in range(n // 12)),
    "dates": " ".join(f"On Monday, March {i % 28 + 1}, {1990 + i % 30}, two weeks later and next Friday at {i % 12 + 1}:30 p.m." for i in range(n // 16)),
    "open-quotes": " ".join(f"\u201c{name(i)} said the army attacked" for i in range(n // 6)),
    "relative-chain": "Police arrested " + " ".join(f"{name(i)}, who accused {name(i + 1)}, who criticized" for i in range(n // 8)) + " the mayor.",
    "pronouns": " ".join("He said she told them it was attacked by him." for _ in range(n // 10)),
    "paragraphs": "\n\n".join(f"Paragraph {i}: the army said rebels attacked a convoy near border town {i}, killing {i % 9} soldiers." for i in range(n // 16)),
    "format-chars": " ".join("\u202eattacked\u200b\u200d\ufeffpolice\u0301\u0301\u0301 " for _ in range(n // 3)),
}
for kind, text in passages.items():
    with open(f"{out}/{kind}.jsonl", "w") as f:
        f.write(json.dumps({"id": kind, "text": "Hostile headline\n\n" + text}) + "\n")

body = (sentence + " More followed in the afternoon, the ministry said in a statement on its website.\n\n") * 3
dumps = {  # text dumps with chrome
    "bullet-links": "Headline of the story here\n\n" + body + "\n".join(f"\u2022 Story number {i} about the war" for i in range(n)),
    "indented-menu": "Headline of the story here\n\n" + body + "\n".join(f"{' ' * (i % 7)}Line {i} of the menu" for i in range(n)),
}
for kind, text in dumps.items():
    with open(f"{out}/{kind}.txt", "w") as f:
        f.write(text)

p = f"<p>{sentence}</p>"
pages = {
    "list-links": "<html><body><ul>" + "".join(f'<li><a href="/a{i}">Story number {i} about the war</a></li>' for i in range(n)) + "</ul>" + p * 5 + "</body></html>",
    "many-paragraphs": "<html><head><title>T</title></head><body><article>" + "".join(f"<p>{sentence[:-1]} in town {i}.</p>" for i in range(n // 4)) + "</article></body></html>",
    "table": "<html><body><table>" + ("<tr>" + "<td>cell 12</td>" * 100 + "</tr>") * (n // 100) + "</table>" + p * 5 + "</body></html>",
    "line-breaks": "<html><body><div>" + "word<br>" * n + "</div>" + p * 5 + "</body></html>",
    "attributes": "<html><body><div " + " ".join(f'data-x{i}="{i}"' for i in range(n)) + ">" + p * 5 + "</div></body></html>",
    "scripts": "<html><head>" + "<script>var x='<p>not text</p>';</script>" * n + "</head><body>" + p * 5 + "</body></html>",
    "json-ld": '<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[' + ",".join('{"name":"A%d B"}' % i for i in range(n)) + '],"headline":"' + "H" * n + '"}</script></head><body>' + p * 5 + "</body></html>",
    "meta-tags": "<html><head>" + "".join(f'<meta name="author" content="Person {i}">' for i in range(n)) + "</head><body>" + p * 5 + "</body></html>",
    "char-references": "<html><body><p>" + "&amp;&#x27;&lt;&#8217;" * n + "</p>" + p * 5 + "</body></html>",
    "deep-nesting": "<html><body>" + "<div>" * n + p * 3 + "</div>" * n + "</body></html>",
}
for kind, html in pages.items():
    with open(f"{out}/{kind}.html", "w") as f:
        f.write(html)
