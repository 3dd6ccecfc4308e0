#!/usr/bin/env node
// Contract test: every route of density-v3.openapi.yaml, called on a running density-sim over
// real loopback HTTP; every response body is validated against the schema the spec gives for
// that status (Debian's ajv 6 + js-yaml, found through NODE_PATH=/usr/share/nodejs).
//
//   node validate-simulator.js <path/to/density-sim> <path/to/density-v3.openapi.yaml>
//
// Prints one line per check and a summary; exits 1 when any check fails, 2 on a set-up error.
// Only Node built-ins (http, child_process, fs) besides ajv and js-yaml: no npm downloads.
'use strict';

const http = require('http');
const fs = require('fs');
const { spawn } = require('child_process');

function requireOrExplain(name, pkg) {
    try {
        return require(name);
    } catch (e) {
        console.error(`cannot load the Node module '${name}': ${e.message}`);
        console.error(`install the Debian package ${pkg} (apt-get install ${pkg}) and run with ` +
                      'NODE_PATH=/usr/share/nodejs:/usr/lib/nodejs');
        process.exit(2);
    }
}
const Ajv = requireOrExplain('ajv', 'node-ajv');
const yaml = requireOrExplain('js-yaml', 'node-js-yaml');

const [simPath, specPath] = process.argv.slice(2);
if (!simPath || !specPath) {
    console.error('usage: validate-simulator.js <density-sim> <density-v3.openapi.yaml>');
    process.exit(2);
}

const HELLO_TEXT = 'Do\u2026 or do not. There is no try. - Yoda';
const STATIC_TOKEN = 'tok_demo';
const OAUTH_CLIENT = { client_id: 'demo-client', client_secret: 'demo-secret' };
const DISPLAY_CLIENT = { client_id: 'demo-display', client_secret: 'demo-display-secret' };
const UNKNOWN_SPACE = 'spc_999999999999999999';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// The doorway-events broker is a proposal behind a feature flag (REFERENCE §8.4): the simulator
// may answer 404, so it is called but not required for coverage.
const OPTIONAL_ROUTES = new Set(['POST /v3/analytics/ws/doorway/{doorway_id}/events']);
const REQUEST_TIMEOUT_MS = 15000;
const OVERALL_TIMEOUT_MS = 110000; // ctest's TIMEOUT is 120 s

// ---------------------------------------------------------------------------------------------
// The spec: response schemas by route and status, compiled once each.

class Spec {
    constructor(file) {
        this.doc = yaml.load(fs.readFileSync(file, 'utf8'));
        this.ajv = new Ajv({ nullable: true, allErrors: true, unknownFormats: 'ignore' });
        this.ajv.addSchema(this.doc, 'openapi');
        this.validators = new Map();
        // A twin where every object schema that lists its properties allows no others: fields
        // the spec does not name (a typo such as "utilisation_avg" that no client reads) are
        // reported as notes. Not failures: the real API may add fields and clients must cope.
        this.strictAjv = new Ajv({ nullable: true, allErrors: true, unknownFormats: 'ignore' });
        this.strictAjv.addSchema(Spec.closeObjects(JSON.parse(JSON.stringify(this.doc))), 'openapi');
        this.strictValidators = new Map();
    }

    static closeObjects(node) {
        if (Array.isArray(node)) node.forEach(Spec.closeObjects);
        else if (node && typeof node === 'object') {
            if (node.properties && typeof node.properties === 'object' && node.additionalProperties === undefined &&
                !node.allOf && !node.anyOf && !node.oneOf)
                node.additionalProperties = false;
            Object.values(node).forEach(Spec.closeObjects);
        }
        return node;
    }

    routes() {
        const out = [];
        for (const [path, item] of Object.entries(this.doc.paths))
            for (const method of METHODS)
                if (item[method]) out.push(`${method.toUpperCase()} ${path}`);
        return out;
    }

    at(pointer) {
        return pointer.split('/').slice(1).map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((node, key) => (node === undefined ? undefined : node[key]), this.doc);
    }

    static pointer(...segments) {
        return '/' + segments.map(s => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    }

    // {mediaType, pointer (JSON pointer of the schema), schema} for the documented response, the
    // route's `default` response when the status is not listed, or null when neither exists.
    response(method, path, status) {
        const op = this.doc.paths[path] && this.doc.paths[path][method.toLowerCase()];
        if (!op) return null;
        const key = op.responses[String(status)] ? String(status) : (op.responses.default ? 'default' : null);
        if (!key) return null;
        let pointer = Spec.pointer('paths', path, method.toLowerCase(), 'responses', key);
        let node = this.at(pointer);
        for (let hops = 0; node && node.$ref && hops < 10; ++hops) { // a response may be a $ref
            pointer = node.$ref.replace(/^#/, '');
            node = this.at(pointer);
        }
        const content = (node && node.content) || {};
        const mediaType = Object.keys(content)[0];
        if (!mediaType) return { mediaType: null, pointer: null, schema: null, key };
        return { mediaType, key, pointer: pointer + Spec.pointer('content', mediaType, 'schema'),
                 schema: content[mediaType].schema };
    }

    validator(pointer, strict = false) {
        const [ajv, cache] = strict ? [this.strictAjv, this.strictValidators] : [this.ajv, this.validators];
        if (!cache.has(pointer)) {
            const fragment = pointer.split('/').map(encodeURIComponent).join('/');
            cache.set(pointer, ajv.compile({ $ref: 'openapi#' + fragment }));
        }
        return cache.get(pointer);
    }

    // The schema the spec names for the simulator (x-simulator-default) where it offers
    // alternatives, else null.
    preferredPointer(pointer) {
        let schema = this.at(pointer);
        for (let hops = 0; schema && schema.$ref && hops < 10; ++hops)
            schema = this.at(schema.$ref.replace(/^#/, ''));
        const preferred = schema && schema['x-simulator-default'];
        return preferred ? Spec.pointer('components', 'schemas', preferred) : null;
    }

    // Fields of a valid body that the spec does not name, as "body.path: name".
    unknownFields(pointer, body) {
        const v = this.validator(this.preferredPointer(pointer) || pointer, true);
        if (v(body)) return [];
        return [...new Set(v.errors.filter(e => e.keyword === 'additionalProperties')
            .map(e => `body${e.dataPath || ''}: "${e.params.additionalProperty}"`))];
    }

    // Schema errors as "body<dataPath>: message (schemaPath)". Where the spec offers alternatives
    // (anyOf) and names the one the simulator should emit (x-simulator-default), that one is
    // checked too: the anyOf alone is so loose that a bare map also matches an envelope.
    validate(pointer, body) {
        const errors = [];
        const v = this.validator(pointer);
        if (!v(body)) errors.push(...v.errors.map(Spec.describe));
        const preferred = this.preferredPointer(pointer);
        if (preferred && errors.length === 0) {
            const pv = this.validator(preferred);
            const name = preferred.split('/').pop();
            if (!pv(body)) errors.push(...pv.errors.map(e => `${Spec.describe(e)} [x-simulator-default ${name}]`));
        }
        return errors;
    }

    // "Space[]", "CurrentOccupancyResponse" or "inline schema": what a failure line names.
    schemaName(pointer) {
        const schema = this.at(pointer) || {};
        const name = ref => ref.replace(/^#\/components\/schemas\//, '');
        if (schema.$ref) return name(schema.$ref);
        if (schema.type === 'array' && schema.items && schema.items.$ref) return `${name(schema.items.$ref)}[]`;
        return 'inline schema';
    }

    static describe(e) {
        return `body${e.dataPath || ''}: ${e.message} (${e.schemaPath})`;
    }
}

// ---------------------------------------------------------------------------------------------
// The simulator process.

function startSimulator() {
    return new Promise((resolve, reject) => {
        const child = spawn(simPath, ['--listen', '127.0.0.1:0', '--seed', '3'],
                            { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let settled = false;
        const timer = setTimeout(() => fail(new Error('no "listening on" line within 30 s')), 30000);
        function fail(err) {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            child.kill('SIGKILL');
            err.message += `\n--- density-sim stdout ---\n${stdout}--- density-sim stderr ---\n${stderr}`;
            reject(err);
        }
        child.on('error', fail);
        child.on('exit', (code, signal) => fail(new Error(`density-sim exited early (code ${code}, signal ${signal})`)));
        child.stderr.on('data', chunk => { stderr = (stderr + chunk).slice(-8000); });
        child.stdout.on('data', chunk => {
            if (settled) return; // keep draining the pipe, ignore the rest
            stdout += chunk;
            const m = /listening on (https?:\/\/[^\s]+)/.exec(stdout);
            if (m) {
                settled = true;
                clearTimeout(timer);
                child.removeAllListeners('exit');
                const url = new URL(m[1]);
                resolve({ child, host: url.hostname, port: Number(url.port), line: m[0],
                          stderrTail: () => stderr });
            }
        });
    });
}

function stopSimulator(child) {
    return new Promise(resolve => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
        const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => { clearTimeout(hard); resolve(); });
        child.kill('SIGTERM');
    });
}

// ---------------------------------------------------------------------------------------------
// HTTP.

let server = null; // {host, port}
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const sleep = ms => new Promise(r => setTimeout(r, ms));

function fillPath(template, params) {
    return template.replace(/\{(\w+)\}/g, (_, name) => {
        if (params[name] === undefined) throw new Error(`no value for {${name}}`);
        return encodeURIComponent(params[name]);
    });
}

function rawRequest({ method, url, headers, body }) {
    return new Promise((resolve, reject) => {
        const req = http.request({ host: server.host, port: server.port, method, path: url, headers, agent,
                                   timeout: REQUEST_TIMEOUT_MS }, res => {
            const chunks = [];
            res.on('data', c => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, headers: res.headers,
                                          text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
        req.on('error', reject);
        if (body !== undefined) req.write(body);
        req.end();
    });
}

// auth: a token (sent as "Bearer <token>"), null (no Authorization header) or {header: "..."}.
async function call({ method, path, params = {}, auth = STATIC_TOKEN, json, form }) {
    const headers = { Accept: 'application/json' };
    if (typeof auth === 'string') headers.Authorization = `Bearer ${auth}`;
    else if (auth && auth.header) headers.Authorization = auth.header;
    let body;
    if (json !== undefined) {
        body = Buffer.from(JSON.stringify(json));
        headers['Content-Type'] = 'application/json';
    } else if (form !== undefined) {
        body = Buffer.from(new URLSearchParams(form).toString());
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    if (body) headers['Content-Length'] = body.length;
    const url = fillPath(path, params);
    // The edge limit (15/s, burst 100) is far above what this script sends; should the simulator
    // still answer 429, honour Retry-After and try again (reported as a note on the check).
    let res;
    const notes = [];
    for (let attempt = 0; attempt < 4; ++attempt) {
        res = await rawRequest({ method, url, headers, body });
        if (res.status !== 429) break;
        const wait = Math.min(5, Number(res.headers['retry-after']) || 1);
        notes.push(`429 on attempt ${attempt + 1}, retried after ${wait}s`);
        await sleep(wait * 1000);
    }
    res.notes = notes;
    return res;
}

// ---------------------------------------------------------------------------------------------
// Checks.

let spec;
const results = [];           // {ok, line}
const covered = new Set();    // "METHOD /template" answered 2xx and valid

function report(ok, line, details = []) {
    results.push({ ok, line });
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
    for (const d of details) console.log(`        ${d}`);
}

function excerpt(text) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 200 ? oneLine.slice(0, 200) + '…' : oneLine;
}

// Calls one route and checks status, media type and body against the spec. Returns the parsed
// body (or the text for text/plain), or undefined when there is none to read.
async function check(label, req, expected = 200) {
    const expectedList = Array.isArray(expected) ? expected : [expected];
    const line = `${req.method.padEnd(6)} ${req.path}  ${label}`;
    let res;
    try {
        res = await call(req);
    } catch (e) {
        report(false, `${line} -> no response`, [e.message]);
        return undefined;
    }
    const head = `${line} -> ${res.status}`;
    const problems = [...res.notes];
    const hard = [];
    if (!expectedList.includes(res.status))
        hard.push(`status ${res.status}, expected ${expectedList.join(' or ')}; body: ${excerpt(res.text)}`);

    const documented = spec.response(req.method, req.path, res.status);
    let body;
    if (!documented) {
        hard.push(`status ${res.status} is not documented for ${req.method} ${req.path} (and no default response)`);
    } else if (documented.mediaType === 'application/json') {
        const type = res.headers['content-type'] || '';
        if (!type.startsWith('application/json')) hard.push(`Content-Type "${type}", expected application/json`);
        try {
            body = JSON.parse(res.text);
        } catch (e) {
            hard.push(`body is not JSON (${e.message}): ${excerpt(res.text)}`);
        }
        if (body !== undefined) {
            const errors = spec.validate(documented.pointer, body);
            if (errors.length === 0) {
                const unknown = spec.unknownFields(documented.pointer, body);
                if (unknown.length)
                    problems.push(`note: field(s) not in the spec: ${unknown.slice(0, 6).join(', ')}` +
                                  (unknown.length > 6 ? `, … ${unknown.length - 6} more` : ''));
            }
            if (req.nonEmpty && res.status === 200 && isEmpty(req.nonEmpty(body)))
                hard.push(`valid but empty where data was expected: ${excerpt(res.text)}`);
            if (errors.length) {
                const where = documented.key === String(res.status) ? '' : ` (the route's ${documented.key} response)`;
                hard.push(`${errors.length} schema error(s) against ${spec.schemaName(documented.pointer)}${where}:`);
                hard.push(...errors.slice(0, 12).map(e => `  ${e}`));
                if (errors.length > 12) hard.push(`  … ${errors.length - 12} more`);
            }
        }
    } else if (documented.mediaType === 'text/plain') {
        const type = res.headers['content-type'] || '';
        if (!type.startsWith('text/plain')) hard.push(`Content-Type "${type}", expected text/plain`);
        body = res.text;
    } else if (documented.mediaType) {
        hard.push(`the validator cannot check media type ${documented.mediaType}`);
    }

    const ok = hard.length === 0;
    if (ok && res.status >= 200 && res.status < 300) covered.add(`${req.method} ${req.path}`);
    report(ok, head, [...hard, ...problems]);
    return body;
}

const firstValue = b => (b && typeof b === 'object' ? Object.values(b)[0] : undefined);

// Opens a ws:// URL as returned by a broker (RFC 6455 handshake over Node's http module; Node 20
// has no WebSocket client) and resolves with the first text frame. Server frames are unmasked.
function firstWsTextFrame(wsUrl, timeoutMs = 5000) {
    return new Promise((resolve, reject) => {
        const url = new URL(wsUrl.replace(/^ws/, 'http'));
        const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search,
            headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
                       'Sec-WebSocket-Key': Buffer.from('density-contract!').toString('base64') } });
        const timer = setTimeout(() => { req.destroy(); reject(new Error('no frame in time')); }, timeoutMs);
        req.on('error', e => { clearTimeout(timer); reject(e); });
        req.on('response', res => { clearTimeout(timer); reject(new Error(`HTTP ${res.statusCode}, no upgrade`)); });
        req.on('upgrade', (res, socket, head) => {
            let buffer = head;
            const tryFrame = () => {
                if (buffer.length < 2) return;
                const opcode = buffer[0] & 0x0f;
                let length = buffer[1] & 0x7f;
                let offset = 2;
                if (length === 126) { if (buffer.length < 4) return; length = buffer.readUInt16BE(2); offset = 4; }
                else if (length === 127) { if (buffer.length < 10) return; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
                if (buffer.length < offset + length) return;
                clearTimeout(timer);
                socket.destroy();
                const payload = buffer.subarray(offset, offset + length);
                if (opcode === 8) reject(new Error(`closed with code ${payload.length >= 2 ? payload.readUInt16BE(0) : '?'}`));
                else if (opcode !== 1) reject(new Error(`first frame has opcode ${opcode}, expected a text frame`));
                else resolve(payload.toString('utf8'));
            };
            socket.on('data', chunk => { buffer = Buffer.concat([buffer, chunk]); tryFrame(); });
            socket.on('error', () => {});
            tryFrame();
        });
        req.end();
    });
}

// The first frame of a stream (the refresh sent on connect) against the spec's WsMessage.
async function checkWsFrame(label, wsUrl) {
    const line = `WS     ${label}  first frame is a refresh valid against WsMessage`;
    let text;
    try {
        text = await firstWsTextFrame(wsUrl);
    } catch (e) {
        report(false, `${line} -> no frame`, [e.message]);
        return;
    }
    let frame;
    try {
        frame = JSON.parse(text);
    } catch (e) {
        report(false, line, [`not JSON (${e.message}): ${excerpt(text)}`]);
        return;
    }
    const pointer = '/components/schemas/WsMessage';
    const errors = spec.validate(pointer, frame);
    const hard = errors.slice(0, 12).map(e => `  ${e}`);
    if (frame.update_type !== 'refresh') hard.push(`update_type "${frame.update_type}", expected "refresh" on connect`);
    const unknown = errors.length ? [] : spec.unknownFields(pointer, frame);
    report(hard.length === 0, line,
           [...hard, ...(unknown.length ? [`note: field(s) not in the spec: ${unknown.slice(0, 6).join(', ')}`] : [])]);
}

// An empty array or object (what a route answers when it finds nothing), or nothing at all.
function isEmpty(value) {
    if (value === undefined || value === null) return true;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value === 'object' && Object.keys(value).length === 0;
}

function fail(line, detail) {
    report(false, line, detail ? [detail] : []);
}

// ---------------------------------------------------------------------------------------------
// Dates: whole UTC days a few days back, before both the wall clock and the simulator's fixed
// test clock, so every window is in the past whatever "now" the simulator uses.

function isoAt(ms, zulu = true) {
    return new Date(ms).toISOString().slice(0, 19) + (zulu ? 'Z' : '');
}
const DAY = 86400000;
const today = Math.floor(Date.now() / DAY) * DAY;
const dayStart = today - 4 * DAY;
const range = (days, zulu = true) => ({ start_date: isoAt(dayStart - (days - 1) * DAY, zulu),
                                        end_date: isoAt(dayStart + DAY - 1000, zulu) });

// ---------------------------------------------------------------------------------------------

async function run() {
    // --- access and tokens ---
    const token = await check('client credentials', {
        method: 'POST', path: '/v3/oauth/token', auth: null,
        json: { ...OAUTH_CLIENT, grant_type: 'client_credentials' } });
    const oauth = token && typeof token.access_token === 'string' ? token.access_token : null;
    if (!oauth) fail('OAuth token', 'no access_token: the users checks below use tok_demo and will fail');
    await check('401 wrong client secret', {
        method: 'POST', path: '/v3/oauth/token', auth: null,
        json: { client_id: OAUTH_CLIENT.client_id, client_secret: 'wrong', grant_type: 'client_credentials' } }, 401);
    await check('400 missing grant_type', {
        method: 'POST', path: '/v3/oauth/token', auth: null, json: { ...OAUTH_CLIENT } }, 400);
    await check('display client credentials (form)', {
        method: 'POST', path: '/v3/oauth/display-token', auth: null,
        form: { grant_type: 'client_credentials', ...DISPLAY_CLIENT, display_id: 'dsp_contract' } });
    await check('401 wrong display secret', {
        method: 'POST', path: '/v3/oauth/display-token', auth: null,
        form: { grant_type: 'client_credentials', client_id: DISPLAY_CLIENT.client_id,
                client_secret: 'wrong', display_id: 'dsp_contract' } }, 401);

    for (const [label, auth] of [['tok_demo', STATIC_TOKEN], ['OAuth token', oauth || STATIC_TOKEN]]) {
        const text = await check(label, { method: 'GET', path: '/v3/hello-world', auth });
        if (text !== undefined && text !== HELLO_TEXT)
            fail(`GET    /v3/hello-world  ${label} text`, `got ${JSON.stringify(text)}, expected ${JSON.stringify(HELLO_TEXT)}`);
    }
    await check('401 unknown token', { method: 'GET', path: '/v3/hello-world', auth: 'tok_not_a_token' }, 401);
    await check('403 no Authorization header', { method: 'GET', path: '/v3/hello-world', auth: null }, 403);

    // --- spaces and ids ---
    const spaces = await check('tok_demo', { method: 'GET', path: '/v3/spaces', nonEmpty: b => b });
    await check('OAuth token', { method: 'GET', path: '/v3/spaces', auth: oauth || STATIC_TOKEN });
    await check('401 unknown token', { method: 'GET', path: '/v3/spaces', auth: 'tok_not_a_token' }, 401);
    await check('403 no Authorization header', { method: 'GET', path: '/v3/spaces', auth: null }, 403);
    await check('403 not a Bearer header', { method: 'GET', path: '/v3/spaces', auth: { header: 'Basic dG9rX2RlbW8=' } }, 403);

    const list = Array.isArray(spaces) ? spaces : [];
    const ofType = t => list.filter(s => s && s.space_type === t);
    const floor = ofType('floor')[0];
    const building = ofType('building')[0];
    const leaves = ofType('space').filter(s => !floor || (floor.children_ids || []).includes(s.id));
    const leaf = leaves[0] || ofType('space')[0];
    const oaSpace = list.find(s => s && s.counting_mode === 'oa' && s.space_type === 'space') ||
                    list.find(s => s && s.counting_mode === 'oa');
    if (!floor) fail('GET    /v3/spaces  has a space_type "floor"', 'no floor in the portfolio');
    if (!building) fail('GET    /v3/spaces  has a space_type "building"', 'no building in the portfolio');
    if (!leaf) fail('GET    /v3/spaces  has a space_type "space"', 'no leaf space in the portfolio');
    const floorId = floor ? floor.id : UNKNOWN_SPACE;
    const leafId = leaf ? leaf.id : UNKNOWN_SPACE;
    const leafIds = (leaves.length ? leaves : [leaf]).filter(Boolean).slice(0, 3).map(s => s.id);

    // --- historical analytics ---
    await check('floor, hour, 1 day, 3 metrics', { method: 'POST', path: '/v3/analytics/metrics', nonEmpty: firstValue,
        json: { ...range(1), space_ids: [floorId], time_resolution: 'hour',
                metrics: ['occupancy', 'time_used', 'utilization'] } });
    await check('leaf spaces, weekday, 14 days, operating hours', { method: 'POST', path: '/v3/analytics/metrics', nonEmpty: firstValue,
        json: { ...range(14), space_ids: leafIds, time_resolution: 'weekday',
                operating_hours: { days: [1, 2, 3, 4, 5], start_hour: 8, end_hour: 18 } } });
    await check('building, total, 7 days, local timestamps', { method: 'POST', path: '/v3/analytics/metrics', nonEmpty: firstValue,
        json: { ...range(7, false), space_ids: [building ? building.id : floorId] } });
    await check('floor, day, 7 days, operating hours', { method: 'POST', path: '/v3/analytics/occupancy', nonEmpty: firstValue,
        json: { ...range(7), space_ids: [floorId], time_resolution: 'day',
                operating_hours: { days: [1, 2, 3, 4, 5], start_hour: 8, end_hour: 18 } } });
    await check('leaf, 10minute, 1 day', { method: 'POST', path: '/v3/analytics/occupancy', nonEmpty: firstValue,
        json: { ...range(1), space_ids: [leafId], time_resolution: '10minute' } });
    await check('leaf spaces, hour_of_day, 3 days', { method: 'POST', path: '/v3/analytics/time-used', nonEmpty: firstValue,
        json: { ...range(3), space_ids: leafIds, time_resolution: 'hour_of_day' } });
    await check('floor, total, 7 days', { method: 'POST', path: '/v3/analytics/utilization', nonEmpty: firstValue,
        json: { ...range(7), space_ids: [floorId], time_resolution: 'total' } });
    await check('leaf spaces, 2 days, local timestamps', { method: 'POST', path: '/v3/analytics/sessions/raw', nonEmpty: b => b,
        json: { ...range(2, false), space_ids: leafIds } });
    await check('floor, 1 day', { method: 'POST', path: '/v3/analytics/data-status', nonEmpty: b => b,
        json: { ...range(1), floor_ids: [floorId] } });

    // --- 400: range and validation rules (REFERENCE §12) ---
    await check('400 range 61 days > 60', { method: 'POST', path: '/v3/analytics/sessions/raw',
        json: { ...range(62, false), space_ids: leafIds } }, 400);
    await check('400 range 11 days > 10', { method: 'POST', path: '/v3/analytics/data-status',
        json: { ...range(11), floor_ids: [floorId] } }, 400);
    await check('400 end_date before 2024-06-01', { method: 'POST', path: '/v3/analytics/data-status',
        json: { start_date: '2024-05-01T00:00:00Z', end_date: '2024-05-01T23:59:59Z', floor_ids: [floorId] } }, 400);
    await check('400 minute resolution over 2 days', { method: 'POST', path: '/v3/analytics/metrics',
        json: { ...range(2), space_ids: [leafId], time_resolution: 'minute' } }, 400);
    await check('400 hour resolution over 8 days', { method: 'POST', path: '/v3/analytics/occupancy',
        json: { ...range(8), space_ids: [leafId], time_resolution: 'hour' } }, 400);
    await check('400 shorthand resolution "1h"', { method: 'POST', path: '/v3/analytics/time-used',
        json: { ...range(1), space_ids: [leafId], time_resolution: '1h' } }, 400);
    await check('400 start_date after end_date', { method: 'POST', path: '/v3/analytics/utilization',
        json: { start_date: range(1).end_date, end_date: range(1).start_date, space_ids: [leafId] } }, 400);
    await check('400 date-only start_date', { method: 'POST', path: '/v3/analytics/occupancy',
        json: { start_date: range(1).start_date.slice(0, 10), end_date: range(1).end_date, space_ids: [leafId] } }, 400);
    await check('400 missing end_date', { method: 'POST', path: '/v3/analytics/metrics',
        json: { start_date: range(1).start_date, space_ids: [leafId] } }, 400);
    await check('404 unknown space id', { method: 'POST', path: '/v3/analytics/occupancy',
        json: { ...range(1), space_ids: [UNKNOWN_SPACE] } }, 404);
    await check('401 unknown token', { method: 'POST', path: '/v3/analytics/metrics', auth: 'tok_not_a_token',
        json: { ...range(1), space_ids: [leafId] } }, 401);
    await check('403 no Authorization header', { method: 'POST', path: '/v3/analytics/metrics', auth: null,
        json: { ...range(1), space_ids: [leafId] } }, 403);

    // --- live ---
    await check('floor and leaf', { method: 'POST', path: '/v3/analytics/occupancy/current', nonEmpty: b => b.data || b,
        json: { space_ids: [floorId, leafId] } });
    await check('all spaces (no body filter)', { method: 'POST', path: '/v3/analytics/occupancy/current', nonEmpty: b => b.data || b, json: {} });
    await check('leaf spaces', { method: 'POST', path: '/v3/analytics/presence', nonEmpty: b => b, json: { space_ids: leafIds } });
    await check('leaf spaces', { method: 'POST', path: '/v3/analytics/presence-health', nonEmpty: b => b.data || b, json: { space_ids: leafIds } });
    await check('OA space, 15 minutes', { method: 'POST', path: '/v3/analytics/short-term', nonEmpty: b => b.data && b.data[0] && b.data[0].metrics,
        json: { minutes_lookback: 15, space_ids: [oaSpace ? oaSpace.id : leafId] } });
    await check('400 minutes_lookback 0', { method: 'POST', path: '/v3/analytics/short-term',
        json: { minutes_lookback: 0, space_ids: [oaSpace ? oaSpace.id : leafId] } }, 400);

    // --- WebSocket brokers (REST half only) ---
    const ws1 = await check('floor', { method: 'POST', path: '/v3/analytics/ws/floor/{floor_id}/presence',
        params: { floor_id: floorId } });
    const ws2 = await check(building ? 'building' : 'floor', { method: 'POST',
        path: '/v3/analytics/ws/space/{space_id}/occupancy', params: { space_id: building ? building.id : floorId } });
    for (const [name, ws] of [['presence', ws1], ['occupancy', ws2]])
        if (ws && typeof ws.ws_url === 'string' && !/^wss?:\/\//.test(ws.ws_url))
            fail(`ws_url of the ${name} broker is a ws:// or wss:// URL`, `got ${ws.ws_url}`);
    await check('404 unknown floor', { method: 'POST', path: '/v3/analytics/ws/floor/{floor_id}/presence',
        params: { floor_id: UNKNOWN_SPACE } }, 404);
    if (ws1 && typeof ws1.ws_url === 'string') await checkWsFrame('floor presence stream', ws1.ws_url);
    if (ws2 && typeof ws2.ws_url === 'string') await checkWsFrame('space count stream', ws2.ws_url);

    // --- doorways ---
    const doorways = await check('tok_demo', { method: 'GET', path: '/v3/doorways', nonEmpty: b => b });
    const doorwayId = Array.isArray(doorways) && doorways[0] && doorways[0].id ? doorways[0].id : 'dwy_contract';
    await check('optional: 200, or 404 while the feature flag is off', { method: 'POST',
        path: '/v3/analytics/ws/doorway/{doorway_id}/events', params: { doorway_id: doorwayId } }, [200, 404]);

    // --- sensors ---
    const floorSensors = await check('floor filter', { method: 'POST', path: '/v3/sensors', nonEmpty: b => b, json: { space_ids: [floorId] } });
    const allSensors = await check('no filter (all sensors)', { method: 'POST', path: '/v3/sensors', nonEmpty: b => b, json: {} });
    const sensorList = [floorSensors, allSensors].find(l => Array.isArray(l) && l.length) || [];
    const serial = sensorList[0] && sensorList[0].serial_number;
    if (!serial) fail('POST   /v3/sensors  returns at least one sensor', 'no serial_number to use below');
    const serials = serial ? [serial] : ['A1B6Z10'];
    await check('serial filter', { method: 'POST', path: '/v3/sensors', nonEmpty: b => b, json: { serial_numbers: serials } });
    await check('400 both serial_numbers and space_ids', { method: 'POST', path: '/v3/sensors',
        json: { serial_numbers: serials, space_ids: [floorId] } }, 400);
    await check('serial filter', { method: 'POST', path: '/v3/sensors/health', nonEmpty: b => b.data, json: { serial_numbers: serials } });
    await check('floor filter', { method: 'POST', path: '/v3/sensors/health', nonEmpty: b => b.data, json: { space_ids: [floorId] } });
    await check('serial filter, 3 days', { method: 'POST', path: '/v3/sensors/health/history',
        json: { ...range(3), serial_numbers: serials } });
    await check('400 range 11 days > 10', { method: 'POST', path: '/v3/sensors/health/history',
        json: { ...range(11), serial_numbers: serials } }, 400);

    // --- labels and label groups ---
    await check('tok_demo', { method: 'GET', path: '/v3/labels', nonEmpty: b => b });
    await check('tok_demo', { method: 'GET', path: '/v3/label-groups', nonEmpty: b => b });
    const group = await check('new group', { method: 'POST', path: '/v3/label-groups', json: { name: 'Contract group' } });
    const label = await check('new label', { method: 'POST', path: '/v3/labels', json: { name: 'Contract label' } });
    const groupId = group && group.id ? group.id : 'lgr_missing';
    const labelId = label && label.id ? label.id : 'lbl_missing';
    await check('rename, move to the new group', { method: 'PUT', path: '/v3/labels/{label_id}',
        params: { label_id: labelId }, json: { name: 'Contract label (renamed)', group: groupId } });
    await check('rename', { method: 'PUT', path: '/v3/label-groups/{label_group_id}',
        params: { label_group_id: groupId }, json: { name: 'Contract group (renamed)' } });
    await check('404 unknown label', { method: 'PUT', path: '/v3/labels/{label_id}',
        params: { label_id: 'lbl_does_not_exist' }, json: { name: 'x' } }, 404);

    // --- space updates ---
    await check('capacity and IWMS id', { method: 'PUT', path: '/v3/spaces/{space_id}',
        params: { space_id: leafId }, json: { capacity: 6, iwms_id: 'IWMS-CONTRACT' } });
    await check('add, create and delete labels', { method: 'PUT', path: '/v3/spaces/{space_id}/labels',
        params: { space_id: leafId }, json: { add: [labelId], create: ['Contract created label'], delete: [] } });
    await check('404 unknown space', { method: 'PUT', path: '/v3/spaces/{space_id}',
        params: { space_id: UNKNOWN_SPACE }, json: { capacity: 1 } }, 404);

    // --- users (machine-to-machine OAuth tokens only) ---
    const m2m = oauth || STATIC_TOKEN;
    await check('OAuth token', { method: 'GET', path: '/v3/users', nonEmpty: b => b, auth: m2m });
    await check('403 static tok_ token', { method: 'GET', path: '/v3/users', auth: STATIC_TOKEN }, 403);
    const user = await check('new editor', { method: 'POST', path: '/v3/users', auth: m2m,
        json: { email: 'contract-test@example.com', full_name: 'Contract Test', role: 'editor', spaces: [floorId] } });
    const userId = user && user.id ? user.id : 'usr_missing';
    await check('the new user', { method: 'GET', path: '/v3/users/{user_id}', auth: m2m, params: { user_id: userId } });
    await check('rename, role admin', { method: 'PUT', path: '/v3/users/{user_id}', auth: m2m,
        params: { user_id: userId }, json: { full_name: 'Contract Test (renamed)', role: 'admin', spaces: [] } });
    await check('the new user', { method: 'DELETE', path: '/v3/users/{user_id}', auth: m2m, params: { user_id: userId } });
    await check('404 deleted user', { method: 'GET', path: '/v3/users/{user_id}', auth: m2m, params: { user_id: userId } }, 404);

    // --- coverage: every route of the spec answered 2xx with a valid body ---
    const missing = spec.routes().filter(r => !covered.has(r) && !OPTIONAL_ROUTES.has(r));
    const total = spec.routes().length - OPTIONAL_ROUTES.size;
    report(missing.length === 0, `coverage: ${total - missing.length}/${total} spec routes answered 2xx with a valid body`,
           missing.map(r => `not covered: ${r}`));

    // --- 429 last, because it drains the simulator's token bucket (15/s, burst 100) ---
    await checkRateLimit();
}

async function checkRateLimit() {
    const line = 'GET    /v3/labels  burst of requests -> 429 with Retry-After';
    let limited = null;
    for (let sent = 0; sent < 240 && !limited; sent += 12) {
        const batch = await Promise.all(Array.from({ length: 12 }, () =>
            rawRequest({ method: 'GET', url: '/v3/labels', headers: { Authorization: `Bearer ${STATIC_TOKEN}` } })
                .catch(() => null)));
        limited = batch.find(r => r && r.status === 429) || null;
    }
    if (!limited) return fail(line, 'no 429 after 240 requests in quick succession');
    const problems = [];
    if (!limited.headers['retry-after']) problems.push('no Retry-After header');
    const documented = spec.response('GET', '/v3/labels', 429);
    try {
        problems.push(...spec.validate(documented.pointer, JSON.parse(limited.text)));
    } catch (e) {
        problems.push(`body is not JSON: ${excerpt(limited.text)}`);
    }
    report(problems.length === 0, line, problems);
}

async function main() {
    try {
        spec = new Spec(specPath);
    } catch (e) {
        console.error(`cannot load ${specPath}: ${e.message}`);
        process.exit(2);
    }
    let sim;
    try {
        sim = await startSimulator();
    } catch (e) {
        console.error(`cannot start ${simPath}: ${e.message}`);
        process.exit(2);
    }
    server = sim;
    console.log(`density-sim: ${sim.line}`);
    console.log(`spec: ${spec.doc.info.title} ${spec.doc.info.version}, ${spec.routes().length} routes`);

    const watchdog = setTimeout(async () => {
        fail('overall time limit', `the checks did not finish within ${OVERALL_TIMEOUT_MS / 1000} s`);
        await stopSimulator(sim.child);
        process.exit(1);
    }, OVERALL_TIMEOUT_MS);

    let crashed = null;
    try {
        await run();
    } catch (e) {
        crashed = e;
    }
    clearTimeout(watchdog);
    agent.destroy();
    const exitedEarly = sim.child.exitCode !== null || sim.child.signalCode !== null;
    await stopSimulator(sim.child);
    if (crashed) fail('validator', crashed.stack || String(crashed));
    if (exitedEarly) fail('density-sim stayed up', `it exited during the run; stderr:\n${sim.stderrTail()}`);

    const failed = results.filter(r => !r.ok);
    console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, ${results.length} checks`);
    for (const f of failed) console.log(`  failed: ${f.line}`);
    process.exit(failed.length ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
        if (server && server.child) server.child.kill('SIGKILL');
        process.exit(1);
    });

main();
