/**
 * The network as GEXF 1.3 for Gephi: one node per actor with its type, domain and region as
 * attributes, one directed edge per link with its type and source. Written only: brugkaart
 * reads its networks as JSON or the CSV pair.
 *
 * Dates (contract §8): the graph is `mode="dynamic" timeformat="date"`, and every actor and
 * link with a `since` or `until` gets `start` and `end` spelled as full days (a partial `since`
 * as the first day it stands for, a partial `until` as the last), so Gephi's timeline plays the
 * network. The dates as the sources give them stay as `since` and `until` attributes, so
 * nothing of their precision is lost on the way back.
 *
 * Written here rather than by graphology-gexf, whose writer knows no dynamic mode and no
 * `start`/`end` on nodes and edges.
 */
import { firstDayOf, lastDayOf, type Dated } from '../model/dates';
import type { Actor, Link, Network } from '../model/network';

type AttributeType = 'string' | 'boolean' | 'double' | 'integer';

/** The attributes of a class, in the order they are declared; `id` is also their XML id. */
type Model<T> = readonly { readonly id: string; readonly type: AttributeType; readonly of: (record: T) => string | number | boolean | undefined }[];


const NODE_MODEL: Model<Actor> = [
  { id: 'type', type: 'string', of: (actor) => actor.type },
  { id: 'domain', type: 'string', of: (actor) => actor.domain },
  { id: 'region', type: 'string', of: (actor) => actor.region },
  { id: 'illustrative', type: 'boolean', of: (actor) => actor.illustrative ?? false },
  { id: 'since', type: 'string', of: (actor) => actor.since },
  { id: 'until', type: 'string', of: (actor) => actor.until },
];

const EDGE_MODEL: Model<Link> = [
  { id: 'type', type: 'string', of: (link) => link.type },
  { id: 'source', type: 'string', of: (link) => link.source },
  { id: 'quote', type: 'string', of: (link) => link.quote },
  { id: 'note', type: 'string', of: (link) => link.note },
  { id: 'weight', type: 'double', of: (link) => link.weight },
  { id: 'since', type: 'string', of: (link) => link.since },
  { id: 'until', type: 'string', of: (link) => link.until },
  { id: 'frequency', type: 'string', of: (link) => link.frequency },
  { id: 'importance', type: 'integer', of: (link) => link.importance },
  { id: 'survey', type: 'string', of: (link) => link.survey },
];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text as an XML attribute value; line breaks as references, so a parser keeps them. */
const escape = (text: string): string => text.replace(/[&<>"'\n\r\t]/g, (character) => ESCAPES[character] ?? character);

const attribute = (name: string, value: string | number | boolean): string => ` ${name}="${escape(String(value))}"`;

/** `start` and `end` for Gephi's timeline: the full first and last day of the record's period. */
const period = ({ since, until }: Dated): string =>
  (since === undefined ? '' : attribute('start', firstDayOf(since))) + (until === undefined ? '' : attribute('end', lastDayOf(until)));

function declarations<T>(modelClass: 'node' | 'edge', model: Model<T>): string[] {
  return [
    `    <attributes class="${modelClass}" mode="static">`,
    ...model.map(({ id, type }) => `      <attribute${attribute('id', id)}${attribute('title', id)}${attribute('type', type)}/>`),
    '    </attributes>',
  ];
}

function values<T>(model: Model<T>, record: T): string[] {
  const present = model.flatMap(({ id, of }) => {
    const value = of(record);
    return value === undefined ? [] : [`          <attvalue${attribute('for', id)}${attribute('value', value)}/>`];
  });
  return present.length === 0 ? [] : ['        <attvalues>', ...present, '        </attvalues>'];
}

export function writeNetworkGexf(network: Network): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>brugkaart</creator>',
    '  </meta>',
    '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">',
    ...declarations('node', NODE_MODEL),
    ...declarations('edge', EDGE_MODEL),
    '    <nodes>',
    ...network.actors.flatMap((actor) => [
      `      <node${attribute('id', actor.id)}${attribute('label', actor.name)}${period(actor)}>`,
      ...values(NODE_MODEL, actor),
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...network.links.flatMap((link, index) => [
      `      <edge${attribute('id', `e${String(index)}`)}${attribute('source', link.from)}${attribute('target', link.to)}${period(link)}>`,
      ...values(EDGE_MODEL, link),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
