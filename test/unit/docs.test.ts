/**
 * The project's own documentation checked against the code it describes: the vocabularies and
 * fields of docs/network-format.md against server/model and the SDL, the worked example of
 * docs/measures.md against the analysis, the report's keys and the command's flags against what
 * the command prints and takes, and every file and link the docs send a reader to. A change to
 * the code that the docs do not follow fails here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildSchema as schemaFromSdl, graphql, isNonNullType, type GraphQLEnumType, type GraphQLInputObjectType } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';

import { analyseNetwork, type NetworkAnalysis } from '../../server/analytics/analyse-network';
import { USAGE } from '../../server/cli/analyze-command';
import { readNetworkFile } from '../../server/cli/read-network-file';
import { PROJECT_ROOT } from '../../server/config';
import { buildSchema, readTypeDefs } from '../../server/graphql/schema';
import { ACTOR_TYPES, DOMAINS, LINK_TYPES, type Network } from '../../server/model/network';
import { FIELD_LIMITS, validateNetwork, type ParseResult } from '../../server/model/parse-network';
import { DEFAULT_SCOPE } from '../../server/model/scope';

const read = (file: string): string => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const DOC_FILES = readdirSync(path.join(PROJECT_ROOT, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`);
const formatDoc = read('docs/network-format.md');
const measuresDoc = read('docs/measures.md');

/** The level of each line that is a heading (0 for other lines); a `#` inside a fenced block is code, not a heading. */
function headingLevels(lines: readonly string[]): number[] {
  let fenced = false;
  return lines.map((line) => {
    if (line.startsWith('```')) fenced = !fenced;
    return fenced ? 0 : (/^(#+) /.exec(line)?.[1]?.length ?? 0);
  });
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const levels = headingLevels(lines);
  const start = lines.findIndex((line, index) => (levels[index] ?? 0) > 0 && line.replace(/^#+ /, '') === heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const level = levels[start] ?? 1;
  const end = levels.findIndex((other, index) => index > start && other > 0 && other <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The body rows of the first table in `text` whose header starts with `firstColumn`, cells trimmed and without backticks. */
function table(text: string, firstColumn: string): string[][] {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.startsWith(`| ${firstColumn} |`));
  if (header === -1) throw new Error(`no table starting with "${firstColumn}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim().replaceAll('`', '')));
  }
  return rows;
}

/** The contents of the fenced blocks of one language, in order. */
const fenced = (text: string, language: string): string[] =>
  [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((match) => match[1] ?? '');

/** The words written in backticks. */
const codeWords = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');

const networkOf = (result: ParseResult): Network => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.network;
};

const scratch = mkdtempSync(path.join(tmpdir(), 'brugkaart-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let written = 0;

/** Reads a network as `npm run analyze` does: a JSON file, or a folder with the CSV pair. */
async function readAsFiles(content: { readonly json: string } | { readonly actorsCsv: string; readonly linksCsv: string }): Promise<Network> {
  written += 1;
  const target = path.join(scratch, String(written));
  if ('json' in content) {
    writeFileSync(target, content.json);
  } else {
    mkdirSync(target);
    writeFileSync(path.join(target, 'actors.csv'), content.actorsCsv);
    writeFileSync(path.join(target, 'links.csv'), content.linksCsv);
  }
  return networkOf(await readNetworkFile(target));
}

describe('docs/network-format.md', () => {
  it('lists every actor type of server/model/network.ts with its mode, default domain and Neo4j label', () => {
    const rows = table(section(formatDoc, 'Actor types'), 'type').map(([id, mode, domain, label]) => [id, mode, domain, label]);
    expect(rows).toEqual(Object.entries(ACTOR_TYPES).map(([id, info]) => [id, info.mode, info.defaultDomain, info.label]));
  });

  it('lists every link type with whether it is directed', () => {
    const rows = table(section(formatDoc, 'Link types'), 'type').map(([id, directed]) => [id, directed]);
    expect(rows).toEqual(Object.entries(LINK_TYPES).map(([id, info]) => [id, info.directed ? 'yes' : 'no']));
  });

  it('lists the domains in their order', () => {
    expect(table(section(formatDoc, 'Domains'), 'domain').map(([domain]) => domain)).toEqual([...DOMAINS]);
  });

  it('states the vocabularies the API answers', async () => {
    const result = await graphql({
      schema: buildSchema(),
      source: '{ vocabulary { actorTypes { id mode defaultDomain } domains linkTypes { id directed } } }',
      contextValue: { caller: () => Promise.resolve({ kind: 'anonymous' }), anonymousRead: true },
    });
    expect(result.errors).toBeUndefined();
    const actorTypes = table(section(formatDoc, 'Actor types'), 'type').map(([id, mode, defaultDomain]) => ({ id, mode: mode?.toUpperCase(), defaultDomain }));
    const linkTypes = table(section(formatDoc, 'Link types'), 'type').map(([id, directed]) => ({ id, directed: directed === 'yes' }));
    expect(result.data).toEqual({ vocabulary: { actorTypes, domains: [...DOMAINS], linkTypes } });
  });

  it('names the fields of actors and links as the API takes them, the required ones as required', () => {
    const sdl = schemaFromSdl(readTypeDefs().join('\n'));
    for (const [heading, input] of [['Actors', 'ActorInput'], ['Links', 'LinkInput']] as const) {
      const fields = Object.values((sdl.getType(input) as GraphQLInputObjectType).getFields());
      const rows = table(section(formatDoc, heading), 'field');
      expect(rows.map(([field]) => field), heading).toEqual(fields.map((field) => field.name));
      expect(rows.filter(([, needed]) => needed === 'yes').map(([field]) => field), heading).toEqual(fields.filter((field) => isNonNullType(field.type)).map((field) => field.name));
    }
  });

  it('shows one network as JSON and as the CSV pair', async () => {
    const [json = ''] = fenced(section(formatDoc, 'A small network'), 'json');
    const [actorsCsv = '', linksCsv = ''] = fenced(section(formatDoc, 'A small network'), 'csv');
    const fromJson = await readAsFiles({ json });
    expect(fromJson.actors).toHaveLength(4);
    expect(fromJson.links).toHaveLength(3);
    expect(await readAsFiles({ actorsCsv, linksCsv })).toEqual(fromJson);
  });

  const refusals = section(formatDoc, 'What is refused');
  const valid = { id: 'a', name: 'A', type: 'gemeente', domain: 'SZ' };

  it('refuses the special-category fields it names, naming the field', () => {
    const bullet = refusals.split('\n- ').find((item) => item.includes('AVG/GDPR')) ?? '';
    const names = codeWords(bullet).filter((word) => word !== 'person');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const result = validateNetwork({ actors: [{ ...valid, [name]: 'x' }], links: [] });
      expect(result.ok ? [] : result.problems.map((problem) => problem.field), name).toEqual([name]);
    }
  });

  it('states the length limits the parser applies, field by field', () => {
    const bullet = refusals.split('\n- ').find((item) => item.startsWith('a text is too long')) ?? '';
    const groups = [...bullet.matchAll(/((?:`\w+`(?:,\s+|\s+and\s+)?)+)\s+at most\s+(\d+)/g)].map((match) => ({ fields: codeWords(match[1] ?? ''), limit: Number(match[2]) }));
    expect(groups.map((group) => group.limit)).toEqual([FIELD_LIMITS.id, FIELD_LIMITS.name, FIELD_LIMITS.text]);
    expect(groups.flatMap((group) => group.fields)).toHaveLength(13);
    const link = { from: 'a', to: 'b', type: 'samenwerking' };
    for (const { fields, limit } of groups) {
      for (const field of fields) {
        const actorField = field in valid || ['region', 'gemeente', 'person', 'description'].includes(field);
        const long = 'x'.repeat(limit + 1);
        const network = actorField
          ? { actors: [{ ...valid, [field]: long }], links: [] }
          : { actors: [valid, { ...valid, id: 'b' }], links: [{ ...link, [field]: long }] };
        const result = validateNetwork(network);
        expect(result.ok ? [] : result.problems.map((problem) => [problem.field, problem.message]), field).toEqual([[field, expect.stringContaining(`at most ${String(limit)}`)]]);
      }
    }
  });

  it('reads the CSV yes and no words it lists', async () => {
    const bullet = section(formatDoc, 'The CSV pair').split('\n- ').find((item) => item.startsWith('**`illustrative`')) ?? '';
    const [yes, no] = bullet.split(' for true;');
    const words = (text: string | undefined): string[] => codeWords(text ?? '').filter((word) => !['illustrative', 'unconfirmed'].includes(word));
    const cases = [...words(yes).map((word) => [word, true] as const), ...words(no).map((word) => [word, false] as const)];
    expect(cases.length).toBe(10);
    for (const [word, meaning] of cases) {
      const network = await readAsFiles({ actorsCsv: `id,name,type,domain,illustrative\na,A,gemeente,SZ,${word.toUpperCase()}\n`, linksCsv: 'from,to,type\n' });
      expect(network.actors[0]?.illustrative, word).toBe(meaning);
    }
  });
});

describe('docs/measures.md', () => {
  const example = section(measuresDoc, 'A worked example');
  const network = networkOf(validateNetwork(JSON.parse(fenced(example, 'json')[0] ?? '')));
  const ties = analyseNetwork(network);
  const nodes = analyseNetwork(network, { scope: { ...DEFAULT_SCOPE, forums: 'nodes' } });
  const rounded = (value: number | null): string => (value === null ? 'null' : String(Number(value.toFixed(4))));
  const actorRow = (report: NetworkAnalysis, id: string) => {
    const actor = report.actors.find((candidate) => candidate.id === id);
    if (actor === undefined) throw new Error(`no actor "${id}" in the report`);
    return actor;
  };

  it('gives the values the analysis computes for the worked example, forums as ties', () => {
    const rows = table(example, 'actor');
    expect(rows.map(([id]) => id)).toEqual(ties.actors.map((actor) => actor.id));
    for (const [id = '', ...cells] of rows) {
      const actor = actorRow(ties, id);
      const values = [actor.degree, actor.betweenness, actor.szEzBridging, actor.brokerage.total, actor.constraint, actor.effectiveSize, actor.community];
      expect(cells, id).toEqual(values.map(rounded));
    }
  });

  it('gives the values for forums as nodes', () => {
    const nodeTable = example.slice(example.indexOf('**Forums as nodes**'));
    const rows = table(nodeTable, 'actor');
    expect(rows.map(([id]) => id)).toEqual(nodes.actors.map((actor) => actor.id));
    for (const [id = '', ...cells] of rows) {
      const actor = actorRow(nodes, id);
      expect(cells, id).toEqual([actor.degree, actor.betweenness, actor.szEzBridging].map(rounded));
    }
    expect(nodes.missingLinks.some((link) => link.from === 'leiden-wi' && link.to === 'leiden-ez')).toBe(true);
  });

  it('gives the missing links, the partition and the forum of the worked example', () => {
    const rows = table(example, 'from');
    expect(rows).toEqual(ties.missingLinks.map((link) => [link.from, link.to, rounded(link.score), link.sharedPartners.join(', ')]));
    expect(ties.modularity).toBe(0.125);
    expect(ties.eiIndex).toBe(0.25);
    expect(ties.communities.map((community) => community.members)).toEqual([
      ['bouwbedrijf', 'leiden-ez', 'leiden-wi', 'mbo-rijnland'],
      ['uwv-hr', 'wsp-hr'],
    ]);
    expect(ties.forums).toEqual([
      { id: 'arbeidsmarkttafel', members: ['leiden-ez', 'leiden-wi', 'mbo-rijnland'], domains: { SZ: 1, EZ: 1, ONDERWIJS: 1, OVERIG: 0 }, szEzPairs: 1, onlyBridge: 1 },
    ]);
  });

  it('describes every key of the report', () => {
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          // Domain names are data (counts per domain), not report keys.
          if (!(DOMAINS as readonly string[]).includes(key)) keys.add(key);
          collect(inner);
        }
      }
    };
    collect(ties);
    const documented = new Set(codeWords(measuresDoc));
    expect([...keys].filter((key) => !documented.has(key))).toEqual([]);
  });

  it('names every measure key figures can be ranked by', () => {
    const sdl = schemaFromSdl(readTypeDefs().join('\n'));
    const measures = (sdl.getType('BrokerMeasure') as GraphQLEnumType).getValues().map((value) => value.name);
    const documented = codeWords(section(measuresDoc, 'Key figures (`brokers`)'));
    expect(measures.filter((measure) => !documented.includes(measure))).toEqual([]);
  });

  it('names the options of the command exactly', () => {
    const flags = (text: string): string[] => [...new Set([...text.matchAll(/--[a-z][a-z-]+/g)].map((match) => match[0]))].sort();
    expect(flags(measuresDoc)).toEqual(flags(USAGE));
  });

  it('builds the NetworkX graph with the forum types of the vocabulary', () => {
    const script = fenced(measuresDoc, 'python')[0] ?? '';
    const declared = /FORUM_TYPES = \{([^}]*)\}/.exec(script)?.[1] ?? '';
    const forumTypes = Object.entries(ACTOR_TYPES).filter(([, info]) => info.mode === 'forum').map(([id]) => id);
    expect([...declared.matchAll(/"([^"]+)"/g)].map((match) => match[1]).sort()).toEqual(forumTypes.sort());
  });
});

describe('the docs and the README', () => {
  const slug = (heading: string): string =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
  const headings = (file: string): Set<string> => {
    const lines = read(file).split('\n');
    const levels = headingLevels(lines);
    return new Set(lines.filter((_line, index) => (levels[index] ?? 0) > 0).map((line) => slug(line.replace(/^#+ /, ''))));
  };

  it('send the reader only to files that exist', () => {
    const topFolders = ['client/', 'docs/', 'schema/', 'scripts/', 'seeds/', 'server/', 'test/'];
    for (const file of DOC_FILES) {
      const paths = codeWords(read(file)).filter((word) => topFolders.some((folder) => word.startsWith(folder)) && !/[*<\s]/.test(word));
      expect(paths.length, file).toBeGreaterThan(0);
      for (const mentioned of paths) expect(existsSync(path.join(PROJECT_ROOT, mentioned)), `${file} names ${mentioned}`).toBe(true);
    }
  });

  it('link to pages and headings that exist', () => {
    for (const file of ['README.md', ...DOC_FILES]) {
      for (const [, target = ''] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [page = '', anchor] = target.split('#');
        const linked = page === '' ? file : path.join(path.dirname(file), page);
        expect(existsSync(path.join(PROJECT_ROOT, linked)), `${file} links ${target}`).toBe(true);
        if (anchor !== undefined) expect(headings(linked).has(anchor), `${file} links ${target}`).toBe(true);
      }
    }
  });

  it('README points to the project\'s own docs, not to files outside the repository', () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/beside the repository|shared\/contract\.md|contract\.md/);
    for (const doc of ['docs/network-format.md', 'docs/measures.md', 'docs/contributing.md']) expect(readme).toContain(`](${doc}`);
  });
});
