#!/usr/bin/env python3
"""Writes the seed corpora under corpus/<target>/ from the seed examples
(tests/data/seed/start-export-v3.txt, the JSON examples of the user's own
reference page) and the contract files (tests/data/contract/*.json, their
"example"/"examples" values), plus a few hand-made cases per target.

The output is committed, so a build needs no Python; run this again when the
seed page or the contracts change: python3 tests/fuzz/make-seeds.py
"""
import base64
import hashlib
import io
import json
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')


def seed_page_objects():
    """Every top-level JSON object on the seed page, like SeedExamples.cpp."""
    text = open(os.path.join(DATA, 'seed', 'start-export-v3.txt'), encoding='utf-8').read()
    decoder = json.JSONDecoder()
    found, at = [], 0
    while True:
        at = text.find('{', at)
        if at < 0:
            return found
        try:
            value, end = decoder.raw_decode(text, at)
            found.append(value)
            at = end
        except json.JSONDecodeError:
            at += 1


def contract_examples():
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == 'example' and isinstance(value, (dict, list)):
                    found.append(value)
                elif key == 'examples' and isinstance(value, dict):
                    for example in value.values():
                        if isinstance(example, dict) and isinstance(example.get('value'), (dict, list)):
                            found.append(example['value'])
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in sorted(os.listdir(os.path.join(DATA, 'contract'))):
        walk(json.load(open(os.path.join(DATA, 'contract', name), encoding='utf-8')))
    return found


def write(target, seeds):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    # Inputs that once found a bug stay (regression-*); the rest is rewritten.
    for name in os.listdir(folder):
        if not name.startswith('regression-'):
            os.remove(os.path.join(folder, name))
    for seed in seeds:
        if isinstance(seed, str):
            seed = seed.encode('utf-8')
        name = hashlib.sha1(seed).hexdigest()[:16]
        with open(os.path.join(folder, name), 'wb') as out:
            out.write(seed)


def dump(value):
    return json.dumps(value, indent=1, ensure_ascii=False)


def main():
    page = seed_page_objects()
    contract = contract_examples()
    everything = page + contract
    envelopes = [dump(v) for v in everything if isinstance(v, dict) and 'data' in v]
    problems = [v for v in everything if isinstance(v, dict) and 'status' in v and 'title' in v]

    listing = {'data': [{'id': 'p1', 'name': 'Guide', 'status': 0, 'created_at': '2026-01-02T03:04:05Z'},
                        {'id': 'v1', 'name': 'v1', 'slug': 'v1', 'order': 1, 'is_default': True,
                         'version_type': 0},
                        {'code': 'en', 'name': 'English', 'is_default': True}],
               'success': True, 'request_id': 'r1', 'errors': None, 'warnings': [{'code': 'W', 'message': 'm'}],
               'pagination': {'page': 1, 'page_size': 100, 'total_count': 250, 'has_more': True,
                              'next_cursor': 'c2'}}
    status = {'data': {'id': 'e1', 'status': 'Completed', 'download_url': 'https://storage.example/f.pdf?sig=x',
                       'completed_at': '2026-11-29T20:00:00Z'}, 'success': True, 'request_id': 'r2'}
    failed = {'data': {'id': 'e2', 'status': 'Failed', 'download_url': None, 'message': 'no content'},
              'success': True, 'request_id': 'r3'}
    write('fuzz_envelope', envelopes + [dump(listing), dump(status), '', '{', '{"data": null}', '[]'])
    write('fuzz_api_models', envelopes + [dump(listing), dump(status), dump(failed)])

    problem_seeds = []
    for problem in problems:
        code = int(problem.get('status', 500)) - 100
        problem_seeds.append(struct.pack('<H', code) + b'req-1\n' + dump(problem).encode())
    problem_seeds += [struct.pack('<H', 402) + b'\n<html><body>Bad gateway</body></html>',
                      struct.pack('<H', 329) + b'x-1\n{"status": 429, "title": "Too many"}']
    write('fuzz_problem_details', problem_seeds)

    write('fuzz_rate_headers', ['30\n60\n0\n1750000042', 'Sun, 06 Nov 1994 08:49:37 GMT\n100\n5\n30',
                                'Sunday, 06-Nov-94 08:49:37 GMT\n\n\n', 'Sun Nov  6 08:49:37 1994\n1\n0\n0',
                                '1.5\nabc\n-1\n1e10'])

    statuses = [v['data'] for v in everything if isinstance(v, dict) and isinstance(v.get('data'), dict)
                and 'status' in v['data']]
    statuses += [status['data'], failed['data'],
                 {'id': 'e3', 'status': 'Completed', 'download_url': 'http://127.0.0.1:8080/f.zip'},
                 {'id': 'e4', 'status': 'Completed', 'download_url': 'http://storage.example/f.zip'}]
    locations = ['https://other.example/f?x=1', '/relative/path', 'http://127.0.0.1/x', '//evil.example/x',
                 'file:///etc/passwd']
    write('fuzz_download_link', [(loc + '\n' + json.dumps(s)) for loc, s in zip(locations * 4, statuses)])

    names = ['Guide', 'Guide: 2024/25', 'CON', 'nul.txt', '..', ' lead. ', '\u202egnp.exe.pdf',
             '\x1b[2Jclear', 'Ärger über Öl', 'العربية ' * 30, '👩‍💻' * 20, 'e\u0301', 'a\tb\r\nc']
    write('fuzz_file_name', [bytes([n * 37 % 256]) + s.encode() for n, s in enumerate(names)])
    fields = ['Guide', 'p-1', 'v1', 'v-1', 'en', 'English', 'pdf', 'pdf']
    patterns = ['{project}-{version}-{lang}.{ext}', '{project_id}/{version_id}', '{date} {language}.{format}',
                '{unknown}', '{project', '', '../{project}']
    write('fuzz_file_name_template', ['\0'.join([p] + fields) for p in patterns])

    def archive(entries):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
            for name, content in entries:
                z.writestr(name, content)
        return buffer.getvalue()
    write('fuzz_zip_extract', [archive([('index.md', '# Guide\n'), ('images/a.png', 'png')]),
                               archive([('../escape.md', 'x')]),
                               archive([('docs/', ''), ('docs/a.md', 'a' * 200)]),
                               'index.md=# Guide\nimages/a.png=png', '../x=1', '@link=/etc/passwd',
                               'a\\b.md=x\nC:/x=y'])

    write('fuzz_loopback_request', ['GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
                                    'GET /callback?error=access_denied&error_description=No&state=s HTTP/1.1\r\n\r\n',
                                    'GET /favicon.ico HTTP/1.1\r\n\r\n', 'POST /callback HTTP/1.1\r\n\r\n',
                                    'GET /callback?code=%E2%82%AC HTTP/1.0\n\n', 'garbage\r\n\r\n'])

    def jwt(payload):
        def segment(value):
            return base64.urlsafe_b64encode(json.dumps(value).encode('utf-8')).rstrip(b'=').decode('ascii')
        return segment({'alg': 'RS256', 'typ': 'at+jwt'}) + '.' + segment(payload) + '.c2ln'
    write('fuzz_access_token_claims', [
        jwt({'doc360_project_id': '5d0f0e0a-7c3b-4f2e-9d41-2b8f6a1c9e77', 'email': 'jane@acme.com',
             'name': 'Jane Writer', 'sub': 'u1', 'exp': 1796083200, 'scope': 'openid customerApi'}),
        jwt({'doc360_project_id': 4711, 'exp': 1796083200.5}),
        jwt({'email': '\u001b]0;owned\u0007jane@acme.com\u202e', 'exp': 'tomorrow'}),
        jwt([1, 2]),
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.'
        'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        'sbx_at_0123456789abcdef', 'a..b', 'a.b.c.d'])

    job = {'id': '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'batch_id': '3f2504e0-4f89-11d3-9a0c-0305e82c3302',
           'account_id': 'a1', 'project_id': 'p1', 'project_name': 'Guide', 'version_id': 'v1',
           'version_name': 'v1', 'language': 'en', 'language_name': 'English', 'format': 'pdf',
           'output_folder': '/tmp/out', 'file_name': 'Guide-v1-en.pdf', 'final_path': '/tmp/out/Guide-v1-en.pdf',
           'part_path': '/tmp/out/Guide-v1-en.pdf.part', 'extract': False, 'extracted_path': '',
           'extraction_error': '', 'state': 'downloading', 'export_id': 'e1', 'bytes': 1024, 'total': 4096,
           'etag': '"abc"', 'sha256': '', 'request_id': 'r1', 'trace_id': '', 'error': '', 'error_kind': '',
           'warnings': ['W: m'], 'created_at': '2026-11-29T20:00:00.000Z', 'started_at': '', 'finished_at': ''}
    done = dict(job, id='3f2504e0-4f89-11d3-9a0c-0305e82c3303', state='completed', format='markdown',
                extract=True, sha256='0' * 64)
    queue = {'format': 'd360-exporter.jobs', 'version': 1, 'jobs': [job, done]}
    write('fuzz_queue_store', [dump(queue), dump(dict(queue, jobs=[job, job])), dump(dict(queue, version=2)),
                               '', '{"format": "d360-exporter.jobs", "version": 1, "jobs": [{}]}'])

    # Backup manifests: one that names the fuzz target's real files (a.pdf is
    # "pdf", x/b.html is "html"), the same with paths that try to leave the
    # folder or go through its links, and ones that break a rule.
    def sha(text):
        return hashlib.sha256(text.encode('utf-8')).hexdigest()
    item = {'version_id': 'v1', 'version_name': 'v1', 'language': 'en', 'format': 'pdf',
            'result': 'exported', 'file': {'path': 'a.pdf', 'bytes': 3, 'sha256': sha('pdf')},
            'export_id': 'e1', 'request_id': 'r1', 'started_at': '2026-01-01T00:00:00.000Z',
            'finished_at': '2026-01-01T00:00:05.000Z', 'over_reimport_limit': False}
    extracted = dict(item, format='html', file={'path': 'x.zip', 'bytes': 0, 'sha256': sha('')},
                     extracted={'folder': 'x', 'files': [{'path': 'x/b.html', 'bytes': 4, 'sha256': sha('html')}]})
    failed = {'version_id': 'v1', 'version_name': 'v1', 'language': 'fr', 'format': 'pdf', 'result': 'missing',
              'export_id': 'e2', 'request_id': 'r2', 'started_at': '', 'finished_at': '',
              'failure': {'state': 'failed', 'message': 'The export failed', 'trace_id': 't1',
                          'error_kind': 'server-error'}}
    manifest = {'format': 'd360-exporter-run-manifest', 'format_version': 1, 'program_version': '0.1.0',
                'run_id': '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'account_name': 'Acme',
                'project': {'id': 'p1', 'name': 'Guide'}, 'preset_name': 'Nightly', 'origin': 'schedule',
                'started_at': '2026-01-01T00:00:00.000Z', 'finished_at': '2026-01-01T00:01:00.000Z',
                'items': [item, extracted], 'warnings': [], 'verdict': {'complete': True, 'missing': []}}
    incomplete = dict(manifest, items=[item, failed],
                      verdict={'complete': False, 'missing': [{'version_id': 'v1', 'language': 'fr'}]})
    escaping = dict(manifest, items=[dict(item, file={'path': 'link', 'bytes': 7, 'sha256': sha('outside')}),
                                     dict(item, file={'path': 'up/outside.txt', 'bytes': 7,
                                                      'sha256': sha('outside')})])
    climbing = dict(manifest, items=[dict(item, file={'path': '../user.txt', 'bytes': 6, 'sha256': sha('beside')})])
    write('fuzz_run_manifest', [dump(manifest), dump(incomplete), dump(escaping), dump(climbing),
                                dump(dict(manifest, format_version=2)), '', '[]'])


if __name__ == '__main__':
    main()
