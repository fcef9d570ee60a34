import { z } from 'zod';
import { NautobotError } from './errors';
import type { RequestOptions, Transport } from './transport';

/** Nautobot's GraphQL endpoint, below `/api/`; POST only, token auth like the REST API. */
export const GRAPHQL_PATH = 'graphql/';

const envelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.looseObject({ message: z.string() })).optional(),
});

export type GraphqlRequest = { query: string; variables?: Record<string, unknown> };

/**
 * Runs one GraphQL query and parses its `data` with `schema`. Nautobot answers a query it cannot parse or
 * validate with HTTP 400 and `{errors}` (no data), and one that failed while resolving a field with HTTP 200,
 * `errors` and partial `data`; both become a NautobotError carrying GraphQL's own message, since partial data
 * would show objects as missing rather than as unknown.
 */
export async function runGraphql<T extends z.ZodType>(
  transport: Transport,
  request: GraphqlRequest,
  schema: T,
  what: string,
  options: RequestOptions = {},
): Promise<z.infer<T>> {
  let body: unknown;
  try {
    ({ data: body } = await transport.request('POST', GRAPHQL_PATH, { ...options, body: request }));
  } catch (e) {
    // The transport read `{errors: [{message, locations}]}` as a field named "errors"; say what GraphQL said.
    const messages = e instanceof NautobotError && e.status === 400 ? e.fieldErrors.errors : undefined;
    if (!messages?.length) throw e;
    const error = new NautobotError({
      status: 400,
      kind: 'validation',
      message: `Nautobot refused the query for ${what}: ${messages.join(' ')}`,
      nonFieldErrors: messages,
    });
    error.apiVersion = (e as NautobotError).apiVersion;
    throw error;
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new NautobotError({
      status: 200,
      kind: 'bad-response',
      message: `Unexpected answer from Nautobot for ${what}: not a GraphQL response.`,
    });
  }
  const errors = envelope.data.errors ?? [];
  if (errors.length) {
    throw new NautobotError({
      status: 200,
      kind: 'bad-response',
      message: `Nautobot could not answer the query for ${what}: ${errors.map((e) => e.message).join(' ')}`,
      nonFieldErrors: errors.map((e) => e.message),
    });
  }
  const result = schema.safeParse(envelope.data.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new NautobotError({
      status: 200,
      kind: 'bad-response',
      message: `Unexpected answer from Nautobot for ${what}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`,
    });
  }
  return result.data;
}
