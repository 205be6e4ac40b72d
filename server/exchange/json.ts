/**
 * The network file as contract JSON (contract §1), both ways. This module knows the syntax
 * only: text to a decoded value and back. Whether the value is a network (the records, their
 * fields, naming record and field in every problem) is the model's rule, in
 * model/parse-network.ts, shared with the GraphQL import that receives the value decoded.
 */
import type { Network } from '../model/network';
import { refuseNetwork, validateNetwork, type ParseResult } from '../model/parse-network';

/** Reads contract JSON text. Malformed JSON is refused with the position the parser reports. */
export function readNetworkJson(text: string): ParseResult {
  let value: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuseNetwork([{ record: 'file', field: '(json)', message: `is not valid JSON: ${reason}` }]);
  }
  return validateNetwork(value);
}

/** The network as contract JSON, indented for a reader, ending in a newline. */
export const writeNetworkJson = (network: Network): string => `${JSON.stringify(network, null, 2)}\n`;
