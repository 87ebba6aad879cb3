#!/usr/bin/env python3
"""Translation round-trip between Qt .ts files and small JSON lists, for translating in bulk.

  ts-json.py export <file.ts> <out.json>           unfinished messages -> [{"id","ctx","src","comment","numerus"}]
  ts-json.py fill <file.ts> <memory.json>...       fill unfinished messages from memories; prints what is left
Memory files: lists of {"ctx","src","comment","tr"} ("tr" a string, or a list of plural forms for numerus messages),
or lists of {"id","tr"} in files <dir>/<lang>/r<N>-*.json answering the export <dir>/round<N>.src.json.
"""
import json, sys, os, re
import xml.etree.ElementTree as ET

def messages(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            yield name, m

def key(m):
    return (m.findtext('source') or '', m.findtext('comment') or '')

def export(ts, out):
    root = ET.parse(ts).getroot()
    items = []
    for name, m in messages(root):
        t = m.find('translation')
        if t is not None and t.get('type') in ('unfinished',) or t is None:
            src, comment = key(m)
            items.append({"id": len(items), "ctx": name, "src": src, "comment": comment,
                          "numerus": m.get('numerus') == 'yes'})
    json.dump(items, open(out, 'w'), ensure_ascii=False, indent=0)
    print(f"{len(items)} unfinished messages -> {out}")

def load_memory(paths):
    exact, loose = {}, {}
    for p in paths:
        data = json.load(open(p))
        m = re.match(r'r(\d+)-', os.path.basename(p))
        srcfile = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(p))), f'round{m.group(1)}.src.json') if m else ''
        if data and 'src' not in data[0] and os.path.exists(srcfile):
            src = {d['id']: d for d in json.load(open(srcfile))}
            data = [dict(src[d['id']], tr=d['tr']) for d in data if d['id'] in src]
        for d in data:
            exact[(d['ctx'], d['src'], d.get('comment', ''))] = d['tr']
            loose.setdefault((d['src'], d.get('comment', '')), d['tr'])
    return exact, loose

def fill(ts, paths):
    tree = ET.parse(ts)
    root = tree.getroot()
    exact, loose = load_memory(paths)
    filled = left = 0
    for name, m in messages(root):
        t = m.find('translation')
        if t is None or t.get('type') not in ('unfinished',):
            continue
        src, comment = key(m)
        tr = exact.get((name, src, comment), loose.get((src, comment)))
        if tr is None:
            left += 1
            continue
        numerus = m.get('numerus') == 'yes'
        if numerus:
            forms = tr if isinstance(tr, list) else [tr]
            n = len(t.findall('numerusform')) or 2
            forms = (forms + [forms[-1]] * n)[:n]
            for child in list(t):
                t.remove(child)
            for f in forms:
                ET.SubElement(t, 'numerusform').text = f
        else:
            if isinstance(tr, list):
                tr = tr[0]
            t.text = tr
        del t.attrib['type']
        filled += 1
    tree.write(ts, encoding='utf-8', xml_declaration=True)
    with open(ts, 'r+', encoding='utf-8') as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0); f.write(text); f.truncate()
    print(f"{ts}: {filled} filled, {left} still unfinished")

if __name__ == '__main__':
    if sys.argv[1] == 'export':
        export(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == 'fill':
        fill(sys.argv[2], sys.argv[3:])
