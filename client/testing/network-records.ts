/**
 * Actors and links as the API hands them to the client, for unit tests: everything a test does
 * not name takes a plain default (a gemeente of the social domain, no region, no links).
 */
import type { NetworkActor, NetworkLink } from '../api/operations/network';

export const networkActor = (id: string, fields: Partial<NetworkActor> = {}): NetworkActor => ({
  id,
  name: id,
  type: 'gemeente',
  domain: 'SZ',
  domains: ['SZ'],
  region: null,
  gemeente: null,
  illustrative: false,
  unconfirmed: false,
  since: null,
  until: null,
  links: [],
  ...fields,
});

export const networkLink = (from: string, to: string, fields: Partial<NetworkLink> = {}): NetworkLink => ({
  from: { id: from },
  to: { id: to },
  type: 'samenwerking',
  illustrative: false,
  unconfirmed: false,
  since: null,
  until: null,
  ...fields,
});
