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
days = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
months = "January February March April May June July August September October November December".split()
triggers = "attacked met sanctions bombed accused killed visited arrested signed with invaded criticized".split()
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
    # shapes of real hostile pages (issue 20, perf-hostile): at N 8000, 20,000 short sentences of dates and amounts
    "short-sentences": " ".join(f"On {days[i % 7]} {months[i % 12]} {i % 28 + 1}, {1990 + i % 30} it cost ${i % 97 + 1}.{i % 10} million." if i % 2 else f"Rates rose {i % 9}.{i % 7} percent by {i % 12 + 1}:{i % 60:02d} a.m. on {days[i % 7]}." for i in range(n * 5 // 2)),
    # thousands of report cues without a quote mark
    "bare-cues": " ".join(f"{name(i)} said the talks had failed. According to {name(i + 1)}, the army withdrew, officials told reporters." for i in range(n // 8)),
    # one paragraph of ~25 characters a word of N (200,000 characters at 8000) with no sentence end
    "no-sentence-end": " ".join(rng.choice(words) if i % 9 else name(i) + "," for i in range(n * 25 // 6)),
    # 5,000 quote marks at 8000, nested and unbalanced
    "nested-quotes": " ".join(rng.choice(['\u201c', '\u201d', '"', "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "``", "''"]) + rng.choice(words) + (f" {name(i)} said" if i % 5 == 0 else "") for i in range(n * 5 // 8)),
    # event triggers between capitalised names
    "event-triggers": " ".join(f"{name(i)} {triggers[i % len(triggers)]}" for i in range(n // 2)) + " " + name(0) + ".",
    # a table of 50,000 numbers at 8000: years, amounts, percents and clock times in rows of ten
    "number-table": "\n".join(" ".join(f"{1900 + (r * 10 + c) % 120}" if c == 0 else f"{(r * 31 + c * 7) % 1000}.{c}%" if c % 3 == 1 else f"${(r + c) % 500},{c:03d}" if c % 3 == 2 else f"{(r + c) % 12 + 1}:{c * 5:02d}" for c in range(10)) for r in range(n * 5 // 8)),
    # one word of 100 KB at 8000 (letters, digits, hyphens, a capital now and then)
    "long-word": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789-ABC") for _ in range(n * 25 // 2)),
}
for kind, text in passages.items():
    with open(f"{out}/{kind}.jsonl", "w") as f:
        f.write(json.dumps({"id": kind, "text": "Hostile headline\n\n" + text}) + "\n")

body = (sentence + " More followed in the afternoon, the ministry said in a statement on its website.\n\n") * 3
dumps = {  # text dumps with chrome
    "bullet-links": "Headline of the story here\n\n" + body + "\n".join(f"\u2022 Story number {i} about the war" for i in range(n)),
    "table-dump": "Headline of the story here\n\n" + body + "\n".join("\t".join(str((r * 37 + c * 11) % 100000) for c in range(10)) for r in range(n * 5 // 8)),
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
