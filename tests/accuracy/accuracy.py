#!/usr/bin/env python3
"""Accuracy of `mspdoc check` on the corpus drafts that carry an answer key, and a mutation test.

Usage: accuracy.py MSPDOC_BINARY SHARED_DIR          report; exits 0 (2 if a command fails to run)
       accuracy.py --check MSPDOC_BINARY SHARED_DIR  gate; exits 1 when a document misses an expected
                                                     defect, raises a false alarm, or a mutation is
                                                     not caught
       accuracy.py --self-test                       checks the mutation functions; needs no corpus

Drafts: SHARED_DIR/corpus/real/*.docx and SHARED_DIR/corpus/12msp-*.docx, each with NAME.json
beside it (the key format is in SHARED_DIR/corpus/real/README.md). Each is checked with
`MSPDOC check --format json` (no --as-of) and graded with the rules of SHARED_DIR/corpus/grade.py,
reimplemented below line for line (grade.py runs at import, so it cannot be imported).

Mutation: every pair of a key with "agrees": true is a count that stands with its list and agrees
with it. The count is found in the DOCX by its "context" (the text of the paragraph's w:t elements
joined without separators, as the keys write it), changed by one (figures stay figures, words stay
words with their capitals), and the mutated DOCX checked again. The mutation is caught when the
mutated run has a count-mismatch, not already in the unmutated run, at the pair's paragraph or
footnote, or, when the pair names neither, whose message mentions the mutated count text.
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import zipfile

# ---------------------------------------------------------------------------------------------
# Grading: the rules of corpus/grade.py, kept identical.


def blob(x):
    return (str(x.get('message', '')) + ' ' + ' '.join(map(str, x.get('names', []) or []))).lower()


def matches(x, e):
    if x.get('rule') not in e['rules']:
        return False
    if 'paragraph' in e and str(x.get('paragraph')) not in map(str, e['paragraph']) and not any(
            f'paragraph {p}' in blob(x) for p in e['paragraph']):
        return False
    if 'footnote' in e and x.get('footnote') not in e['footnote'] and not any(
            f'footnote {n}' in blob(x) for n in e['footnote']):
        return False
    b = blob(x)
    if 'any_text' in e and not any(t.lower() in b for t in e['any_text']):
        return False
    if 'all_text' in e and not all(t.lower() in b for t in e['all_text']):
        return False
    return True


def grade(findings_json, spec):
    """Returns (found ids, missed ids, false-alarm findings, ok) as grade.py computes them."""
    finds = findings_json.get('findings', [])
    found, missed = [], []
    for e in spec['expect']:
        (found if any(matches(x, e) for x in finds) else missed).append(e['id'])
    known = spec['expect'] + spec.get('also_true', [])
    false = [x for x in finds if x.get('severity') == 'error' and not any(matches(x, e) for e in known)]
    need = spec.get('need', len(spec['expect']))
    max_false = spec.get('max_false', 0)
    ok = len(found) >= need and len(false) <= max_false
    return found, missed, false, ok


# ---------------------------------------------------------------------------------------------
# Counts: one more, in the form the count was written in.

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
WORD_SEPARATORS = re.compile(r'[\s\-\u2010\u2011\u2013]+')


def words_to_int(text):
    """'twenty-four' -> 24, 'one hundred and five' -> 105; None when the text is no number word."""
    parts = [p for p in WORD_SEPARATORS.split(text.strip().lower()) if p and p != 'and']
    if not parts:
        return None
    total, current = 0, None
    for part in parts:
        if part in ONES:
            value = ONES.index(part)
            if current is not None and not (current % 10 == 0 and current >= 20 and 1 <= value <= 9):
                return None
            current = (current or 0) + value
        elif part in TENS[2:]:
            if current is not None:
                return None
            current = 10 * TENS.index(part)
        elif part == 'hundred':
            if current is None or not 1 <= current <= 9 or total:
                return None
            total, current = current * 100, None
        else:
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def int_to_words(n, separator='-', use_and=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (separator + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + ' hundred'
        return head + ((' and ' if use_and else ' ') + int_to_words(rest, separator, use_and) if rest else '')
    raise ValueError(f'{n} is beyond the number words this test writes')


def with_case_of(original, text):
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return text.upper()
    if original[:1].isupper():
        if len(original.split()) > 1 and original == original.title() or re.search(r'-[A-Z]', original):
            return text.title()
        return text[:1].upper() + text[1:]
    return text


def increment_count(count_text):
    """The count plus one, written as the count was: '17'->'18', '07'->'08', 'Nine'->'Ten',
    'twenty-four'->'twenty-five'. None when count_text is neither a figure nor a number word."""
    if re.fullmatch(r'[0-9]+', count_text):
        return str(int(count_text) + 1).zfill(len(count_text))
    value = words_to_int(count_text)
    if value is None or value + 1 >= 1000:
        return None
    separator = next((s for s in ('-', '\u2010', '\u2011', '\u2013') if s in count_text), None)
    if separator is None:
        # "twenty four" (no hyphen) keeps its space; one-word counts get the usual hyphen
        separator = ' ' if re.search(r'(ty)\s+[a-z]', count_text.lower()) else '-'
    # "one hundred and five" keeps its "and", "one hundred five" its lack; a round hundred says nothing
    use_and = ' and ' in count_text.lower() if value > 100 and value % 100 else True
    return with_case_of(count_text, int_to_words(value + 1, separator, use_and))


# ---------------------------------------------------------------------------------------------
# The text of a Word part as paragraphs of w:t elements, mapped back to the raw XML.

WORD_NAMESPACES = ('http://schemas.openxmlformats.org/wordprocessingml/2006/main',
                   'http://purl.oclc.org/ooxml/wordprocessingml/main')
ENTITY = re.compile(r'&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);')
NAMED = {'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'"}
TEXT_PARTS = ('word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml')


def xml_unescape(raw):
    def one(m):
        name = m.group(1)
        if name.startswith('#x'):
            return chr(int(name[2:], 16))
        if name.startswith('#'):
            return chr(int(name[1:]))
        return NAMED[name]
    return ENTITY.sub(one, raw)


def xml_escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def word_prefix(xml):
    for ns in WORD_NAMESPACES:
        m = re.search(r'xmlns:([A-Za-z_][\w.\-]*)="' + re.escape(ns) + '"', xml)
        if m:
            return m.group(1)
    return 'w'


class Segment:
    """One w:t element: its text and where its content sits in the raw XML."""

    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end


def paragraphs_of(xml):
    """The paragraphs of a part, in document order of their start, each a list of Segments.
    A w:t belongs to the innermost open w:p (a text box's paragraphs are paragraphs of their own)."""
    p = re.escape(word_prefix(xml))
    token = re.compile(r'<(/?)' + p + r':(p|t)(?=[\s/>])([^>]*?)(/?)>')
    paragraphs, stack, pos = [], [], 0
    while True:
        m = token.search(xml, pos)
        if not m:
            break
        closing, name, empty = m.group(1), m.group(2), m.group(4)
        pos = m.end()
        if name == 'p':
            if closing:
                if stack:
                    stack.pop()
            elif not empty:
                paragraphs.append([])
                stack.append(len(paragraphs) - 1)
        elif not closing and not empty:
            end = xml.find('</', m.end())
            if stack:
                paragraphs[stack[-1]].append(Segment(xml_unescape(xml[m.end():end]), m.end(), end))
            pos = end
    return paragraphs


SPACES = re.compile(r'[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+')
QUOTES = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"'})


def normalised(text):
    """text with quotes made straight and each stretch of spaces one space, and for each character
    of the result the index of the character of text it comes from."""
    out, where, i = [], [], 0
    for m in SPACES.finditer(text):
        for j in range(i, m.start()):
            out.append(text[j].translate(QUOTES))
            where.append(j)
        out.append(' ')
        where.append(m.start())
        i = m.end()
    for j in range(i, len(text)):
        out.append(text[j].translate(QUOTES))
        where.append(j)
    return ''.join(out), where


def count_in_context(context, count_text):
    """Where count_text stands in context, as a whole word; None when it does not."""
    m = re.search(r'(?<![\w])' + re.escape(count_text) + r'(?![\w])', context)
    return m.start() if m else None


def locate(xml, context, count_text):
    """Finds the count of a pair in a part. Returns (paragraph index, start, end) in the joined text
    of that paragraph's w:t elements, or None. Tries the text as it is, then with spaces and quotes
    normalised, then across paragraph boundaries."""
    offset = count_in_context(context, count_text)
    if offset is None:
        return None
    paragraphs = paragraphs_of(xml)
    texts = [''.join(s.text for s in segments) for segments in paragraphs]
    for index, text in enumerate(texts):
        at = text.find(context)
        if at >= 0:
            return index, at + offset, at + offset + len(count_text)
    norm_context, _ = normalised(context)
    norm_offset = count_in_context(norm_context, normalised(count_text)[0])
    for index, text in enumerate(texts):
        norm_text, where = normalised(text)
        at = norm_text.find(norm_context)
        if at >= 0 and norm_offset is not None:
            start = where[at + norm_offset]
            return index, start, start + len(count_text)
    # a context running over the end of a paragraph into the next
    whole, starts = '', []
    for text in texts:
        starts.append(len(whole))
        whole += text
    at = whole.find(context)
    if at >= 0:
        start = at + offset
        for index, text in enumerate(texts):
            local = start - starts[index]
            if 0 <= local < len(text):
                return (index, local, local + len(count_text)) if local + len(count_text) <= len(text) else None
    return None


def replace_in_paragraph(xml, segments, start, end, new_text):
    """Replaces characters start..end of the joined text of segments by new_text: the whole of new_text
    goes into the w:t that holds the first character, and the rest of the old count is cut from the
    w:t elements after it. Returns the new XML."""
    edits, pos = [], 0
    for seg in segments:
        seg_start, seg_end = pos, pos + len(seg.text)
        pos = seg_end
        lo, hi = max(start, seg_start), min(end, seg_end)
        if lo >= hi:
            continue
        insert = new_text if lo == start else ''
        text = seg.text[:lo - seg_start] + insert + seg.text[hi - seg_start:]
        edits.append((seg.start, seg.end, xml_escape(text)))
    for s, e, raw in sorted(edits, reverse=True):
        xml = xml[:s] + raw + xml[e:]
    return xml


def mutate_xml(xml, context, count_text, new_text):
    """The part with the pair's count replaced by new_text, or None when the count is not in it."""
    where = locate(xml, context, count_text)
    if where is None:
        return None
    index, start, end = where
    return replace_in_paragraph(xml, paragraphs_of(xml)[index], start, end, new_text)


def mutate_docx(source, target, pair, new_text):
    """Writes target: source with the pair's count changed to new_text. Returns the part changed, or
    None (and writes nothing) when the count cannot be found. The part the pair names (a footnote:
    footnotes.xml) is tried first."""
    with zipfile.ZipFile(source) as zin:
        names = zin.namelist()
        parts = [p for p in TEXT_PARTS if p in names]
        if pair.get('footnote') is not None:
            parts.sort(key=lambda p: p != 'word/footnotes.xml')
        for part in parts:
            xml = zin.read(part).decode('utf-8')
            changed = mutate_xml(xml, pair['context'], pair['count_text'], new_text)
            if changed is None:
                continue
            with zipfile.ZipFile(target, 'w') as zout:
                for info in zin.infolist():
                    data = changed.encode('utf-8') if info.filename == part else zin.read(info.filename)
                    zout.writestr(info, data)
            return part
    return None


def mutation_caught(pair, new_text, findings, baseline):
    """A count-mismatch of the mutated run, not in the unmutated run, at the pair's place."""
    before = [(x.get('rule'), x.get('paragraph'), x.get('footnote'), x.get('message')) for x in baseline]
    for x in findings:
        key = (x.get('rule'), x.get('paragraph'), x.get('footnote'), x.get('message'))
        if key in before:
            before.remove(key)
            continue
        if x.get('rule') != 'count-mismatch':
            continue
        paragraph, footnote = pair.get('paragraph'), pair.get('footnote')
        if paragraph is None and footnote is None:
            if re.search(r'(?<![\w])' + re.escape(new_text.lower()) + r'(?![\w])', str(x.get('message', '')).lower()):
                return True
        elif (paragraph is not None and str(x.get('paragraph')) == str(paragraph)
              or footnote is not None and str(x.get('footnote')) == str(footnote)):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Running the checker and writing the report.


class CommandFailed(Exception):
    pass


def run_check(binary, docx):
    try:
        done = subprocess.run([binary, 'check', '--format', 'json', str(docx)], capture_output=True,
                              text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CommandFailed(f'{binary} check {docx}: {error}')
    if done.returncode not in (0, 1):
        raise CommandFailed(f'{binary} check {docx}: exit {done.returncode}: {done.stderr.strip()[:300]}')
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as error:
        raise CommandFailed(f'{binary} check {docx}: output is not JSON ({error})')


def drafts(shared):
    corpus = shared / 'corpus'
    found = []
    for docx in sorted((corpus / 'real').glob('*.docx')) + sorted(corpus.glob('12msp-*.docx')):
        key = docx.with_suffix('.json')
        if key.is_file():
            found.append((docx, key))
    return found


def short(text, n=60):
    return text if len(text) <= n else text[:n] + '...'


def mutate_and_check(binary, docx, spec, baseline, scratch, failures):
    """Runs the mutations of one draft. Returns (caught, tried, lines about those not caught)."""
    name = docx.stem
    agreeing = [p for p in spec.get('pairs', []) if p.get('agrees')]
    caught, lines = 0, []
    for number, pair in enumerate(agreeing, 1):
        count = pair['count_text']
        new_text = increment_count(count)
        place = f'{name}: "{count}" in "{short(pair["context"])}"'
        if new_text is None:
            lines.append(f'    not mutated: {place}: "{count}" is neither a figure nor a number word')
            continue
        target = pathlib.Path(scratch) / f'{name}-mutation-{number}.docx'
        if mutate_docx(docx, target, pair, new_text) is None:
            lines.append(f'    not mutated: {place}: the context is in no paragraph of '
                         + ', '.join(p.split('/')[-1] for p in TEXT_PARTS))
            continue
        try:
            mutated = run_check(binary, target)
        except CommandFailed as error:
            failures.append(str(error))
            lines.append(f'    not checked: {place}: {error}')
            continue
        if mutation_caught(pair, new_text, mutated.get('findings', []), baseline):
            caught += 1
        else:
            at = count_in_context(pair['context'], count)
            mutated_context = pair['context'][:at] + new_text + pair['context'][at + len(count):]
            lines.append(f'    missed: {name}: "{count}" -> "{new_text}" in "{short(mutated_context, 80)}"')
    return caught, len(agreeing), lines


def report(binary, shared, gate):
    started = time.monotonic()
    failures, grades, mutations = [], [], []
    totals = {'found': 0, 'expect': 0, 'false': 0, 'caught': 0, 'mutations': 0}
    all_ok = True
    corpus = drafts(shared)
    with tempfile.TemporaryDirectory(prefix='mspdoc-accuracy-') as scratch:
        for docx, key_path in corpus:
            name = docx.stem
            spec = json.loads(key_path.read_text(encoding='utf-8'))
            try:
                result = run_check(binary, docx)
            except CommandFailed as error:
                failures.append(str(error))
                grades.append(f'{name}: not checked')
                all_ok = False
                continue
            found, missed, false, ok = grade(result, spec)
            all_ok = all_ok and ok
            totals['found'] += len(found)
            totals['expect'] += len(spec['expect'])
            totals['false'] += len(false)
            grades.append(f"{name}: found {len(found)}/{len(spec['expect'])}, missed {len(missed)}, "
                          f"false alarms {len(false)}")
            grades.extend(f'    missed: {m}' for m in missed)
            grades.extend(f"    false alarm: {x.get('rule')} para {x.get('paragraph')} fn {x.get('footnote')}: "
                          f"{str(x.get('message'))[:100]}" for x in false)
            caught, tried, lines = mutate_and_check(binary, docx, spec, result.get('findings', []), scratch, failures)
            totals['caught'] += caught
            totals['mutations'] += tried
            if tried:
                mutations.append(f'  {name}: caught {caught}/{tried}')
                mutations.extend(lines)
    share = f"{100.0 * totals['caught'] / totals['mutations']:.0f}%" if totals['mutations'] else 'n/a'
    out = grades + ['', 'mutations (each agreeing count changed by one; a count-mismatch expected there):'] + mutations
    out += [''] + [f'command failed: {f}' for f in failures]
    out.append(f"total: found {totals['found']}/{totals['expect']} known defects, {totals['false']} false alarms; "
               f"mutations caught {totals['caught']}/{totals['mutations']} ({share})")
    print('\n'.join(out), flush=True)
    print(f"accuracy: {len(corpus)} drafts and {totals['mutations']} mutations checked in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    if failures:
        return 2
    if gate and (not all_ok or totals['caught'] < totals['mutations']):
        return 1
    return 0


# ---------------------------------------------------------------------------------------------
# Self-test: the increments, the run mapping, a DOCX round trip, the caught rule. No corpus needed.

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def self_test():
    import xml.etree.ElementTree as ET
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f'{what}: expected {want!r}, got {got!r}')

    for count, want in [('17', '18'), ('07', '08'), ('09', '10'), ('99', '100'), ('0', '1'), ('Nine', 'Ten'),
                        ('nine', 'ten'), ('NINE', 'TEN'), ('twenty-four', 'twenty-five'), ('Twenty-nine', 'Thirty'),
                        ('nineteen', 'twenty'), ('twenty four', 'twenty five'), ('ninety-nine', 'one hundred'),
                        ('one hundred', 'one hundred and one'), ('one hundred and nine', 'one hundred and ten'),
                        ('Two hundred and forty-nine', 'Two hundred and fifty'), ('Twenty-Four', 'Twenty-Five'),
                        ('seventy\u2013one', 'seventy\u2013two'), ('twenty', 'twenty-one'),
                        ('States', None), ('twenty-twenty', None), ('nine hundred and ninety-nine', None)]:
        expect(f'increment_count({count!r})', increment_count(count), want)

    def paragraph(*runs):
        return '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>' + ''.join(
            f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>' if r is not None
            else '<w:r><w:tab/><w:br/><w:t/></w:r>' for r in runs) + '</w:p>'

    body = (paragraph('Africa (17)', None, 'Botswana &amp; Ghana') +
            paragraph('The ', 'twen', 'ty-fo', 'ur States Parties ', '&quot;A&quot; &lt;B&gt;, C') +
            '<w:p><w:r><w:t>Outer </w:t></w:r><w:r><w:pict><w:txbxContent>' + paragraph('Nine in a box: X.') +
            '</w:txbxContent></w:pict></w:r><w:r><w:t>paragraph, Nine\u00a0States Parties\u2019 lists</w:t></w:r></w:p>' +
            '<w:p/>' + paragraph('Seven', ' met, seven') + paragraph('Eight'))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:mc="urn:x">'
           f'<w:body>{body}</w:body></w:document>')

    def texts(x):
        return [''.join(s.text for s in segs) for segs in paragraphs_of(x)]

    expect('paragraph texts', texts(xml), ['Africa (17)Botswana & Ghana', 'The twenty-four States Parties "A" <B>, C',
                                           'Outer paragraph, Nine\u00a0States Parties\u2019 lists', 'Nine in a box: X.',
                                           'Seven met, seven', 'Eight'])
    cases = [
        ('figure, context over a w:br', '17)Botswana', '17', '18', 0, 'Africa (18)Botswana & Ghana'),
        ('word split over three runs', 'twenty-four States Parties "A"', 'twenty-four', 'twenty-five', 1,
         'The twenty-five States Parties "A" <B>, C'),
        ('normalised spaces and quotes', "Nine States Parties' lists", 'Nine', 'Ten', 2,
         'Outer paragraph, Ten\u00a0States Parties\u2019 lists'),
        ('text box paragraph', 'Nine in a box', 'Nine', 'Ten', 3, 'Ten in a box: X.'),
        ('the word, not a longer one', 'seven', 'seven', 'eight', 4, 'Seven met, eight'),
        ('context over a paragraph end', 'EightZ', 'Eight', 'Nine', None, None),
        ('context over a paragraph end, found', 'X.Seven met', 'Seven', 'Eight', 4, 'Eight met, seven'),
    ]
    for what, context, count, new, index, want in cases:
        changed = mutate_xml(xml, context, count, new)
        if index is None:
            expect(what, changed, None)
            continue
        if changed is None:
            problems.append(f'{what}: count not located')
            continue
        try:
            ET.fromstring(changed.encode('utf-8'))
        except ET.ParseError as error:
            problems.append(f'{what}: mutated XML does not parse: {error}')
        after = texts(changed)
        expect(what, after[index], want)
        expect(what + ': other paragraphs', [t for i, t in enumerate(after) if i != index],
               [t for i, t in enumerate(texts(xml)) if i != index])
    split = mutate_xml(xml, 'twenty-four States', 'twenty-four', 'twenty-five')
    expect('the new count goes into the run of its first character, the rest is cut from the runs after',
           [seg.text for seg in paragraphs_of(split)[1]], ['The ', 'twenty-five', '', ' States Parties ', '"A" <B>, C'])

    with tempfile.TemporaryDirectory() as folder:
        source, target = pathlib.Path(folder) / 'a.docx', pathlib.Path(folder) / 'b.docx'
        footnotes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}"><w:footnote w:id="1">'
                     + paragraph('Fourteen States Parties: A, B') + '</w:footnote></w:footnotes>')
        with zipfile.ZipFile(source, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', '<Types/>')
            z.writestr('word/document.xml', xml)
            z.writestr('word/footnotes.xml', footnotes)
        part = mutate_docx(source, target, {'context': 'Fourteen States Parties', 'count_text': 'Fourteen',
                                            'footnote': 1}, 'Fifteen')
        expect('docx: part changed', part, 'word/footnotes.xml')
        with zipfile.ZipFile(target) as z:
            expect('docx: entries kept in order', z.namelist(), ['[Content_Types].xml', 'word/document.xml', 'word/footnotes.xml'])
            expect('docx: document untouched', z.read('word/document.xml').decode(), xml)
            expect('docx: footnote mutated', texts(z.read('word/footnotes.xml').decode()), ['Fifteen States Parties: A, B'])
        expect('docx: missing count', mutate_docx(source, pathlib.Path(folder) / 'c.docx',
                                                  {'context': 'Twelve States', 'count_text': 'Twelve'}, 'Thirteen'), None)

    old = {'rule': 'count-mismatch', 'paragraph': None, 'footnote': None, 'message': 'says "3 States" but names 2'}
    new = {'rule': 'count-mismatch', 'paragraph': None, 'footnote': None, 'message': 'says "13 States" but names 12'}
    nowhere = {'paragraph': None, 'footnote': None}
    expect('caught: message names the count', mutation_caught(nowhere, '13', [new], []), True)
    expect('caught: a figure inside another does not count', mutation_caught(nowhere, '3', [new], []), False)
    expect('caught: a finding already there does not count', mutation_caught(nowhere, '3', [old], [old]), False)
    expect('caught: another rule does not count',
           mutation_caught(nowhere, '13', [dict(new, rule='total-mismatch')], []), False)
    expect('caught: at the paragraph', mutation_caught({'paragraph': '53', 'footnote': None}, 'Nine',
                                                       [dict(new, paragraph='53')], []), True)
    expect('caught: another paragraph', mutation_caught({'paragraph': 53, 'footnote': None}, 'Nine',
                                                        [dict(new, paragraph='54')], []), False)
    expect('caught: at the footnote', mutation_caught({'paragraph': None, 'footnote': 3}, 'x',
                                                      [dict(new, footnote=3)], []), True)

    finding = {'rule': 'count-mismatch', 'severity': 'error', 'paragraph': '53', 'footnote': None,
               'message': 'paragraph 53 says "Eight States Parties" but its list names 6 States', 'names': ['Norway']}
    spec = {'expect': [{'id': 'a', 'rules': ['count-mismatch'], 'paragraph': ['53']},
                       {'id': 'b', 'rules': ['count-mismatch'], 'all_text': ['eight', 'norway']},
                       {'id': 'c', 'rules': ['placeholder']}], 'need': 2}
    expect('grade', grade({'findings': [finding, dict(finding, rule='unknown-name')]}, spec)[:2], (['a', 'b'], ['c']))
    expect('grade: false alarm', len(grade({'findings': [dict(finding, rule='unknown-name')]}, spec)[2]), 1)

    if problems:
        print('accuracy self-test failed:\n  ' + '\n  '.join(problems))
        return 1
    print('accuracy self-test: increments, run mapping, DOCX round trip, caught rule and grading all hold')
    return 0


def main(argv):
    if argv[1:] == ['--self-test']:
        return self_test()
    gate = len(argv) > 1 and argv[1] == '--check'
    args = argv[2:] if gate else argv[1:]
    if len(args) != 2:
        print(__doc__.split('\n\n')[1], file=sys.stderr)
        return 2
    binary, shared = args[0], pathlib.Path(args[1])
    if not (shared / 'corpus').is_dir():
        print(f'accuracy: {args[1]} not found; skipped')
        return 0
    if not os.access(binary, os.X_OK):
        print(f'accuracy: {binary} is not an executable (build it first: make build)', file=sys.stderr)
        return 2
    return report(binary, shared, gate)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
