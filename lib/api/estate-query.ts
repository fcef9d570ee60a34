import { z } from 'zod';
import { uuidSchema } from './schemas/common';

/**
 * The whole load-balancer estate in one request, with what the status model needs (lib/status/estate.ts).
 * Three flat lists rather than nested ones: pools no virtual server uses come back too, and each list is one
 * SQL query on Nautobot's side. Nautobot's list fields have no page size unless `limit` is given, so this is
 * one request whatever the estate's size.
 *
 * Field names are graphene-django's, generated from Nautobot's models (nautobot/core/graphql/generators.py):
 * root lists are the models' plural verbose names, foreign keys keep their field names (and come back null
 * when the user may not view the target), choice fields are enums named by their value in capitals.
 */
export const ESTATE_QUERY = /* GraphQL */ `
  query LoadBalancerEstate {
    virtual_servers {
      id
      name
      enabled
      port
      protocol
      vip {
        host
      }
      load_balancer_pool {
        id
      }
      tenant {
        id
        name
      }
    }
    load_balancer_pools {
      id
      name
      health_check_monitor {
        name
      }
      tenant {
        id
        name
      }
    }
    load_balancer_pool_members {
      id
      label
      port
      status {
        name
      }
      health_check_monitor {
        name
      }
      load_balancer_pool {
        id
      }
      ip_address {
        host
        status {
          name
        }
      }
      tenant {
        id
        name
      }
    }
  }
`;

const named = z.object({ name: z.string() }).nullable();
const idRef = z.object({ id: uuidSchema }).nullable();
const tenantRef = z.object({ id: uuidSchema, name: z.string() }).nullable();

export const estateVirtualServerSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  enabled: z.boolean(),
  port: z.number().int().nullable(),
  // graphene-django sends a choice as its enum name ("HTTPS") and a blank one as null; the REST API and the
  // rest of this app spell it as stored ("https").
  protocol: z
    .string()
    .nullable()
    .transform((p) => (p ? p.toLowerCase() : null)),
  vip: z.object({ host: z.string() }).nullable(),
  load_balancer_pool: idRef,
  tenant: tenantRef,
});

export const estatePoolSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  health_check_monitor: named,
  tenant: tenantRef,
});

export const estateMemberSchema = z.object({
  id: uuidSchema,
  label: z.string(),
  port: z.number().int(),
  status: named,
  health_check_monitor: named,
  load_balancer_pool: idRef,
  ip_address: z.object({ host: z.string(), status: named }).nullable(),
  tenant: tenantRef,
});

export const estateDataSchema = z.object({
  virtual_servers: z.array(estateVirtualServerSchema),
  load_balancer_pools: z.array(estatePoolSchema),
  load_balancer_pool_members: z.array(estateMemberSchema),
});

export type EstateData = z.infer<typeof estateDataSchema>;
/** What a test or generator writes: the wire shape, before the protocol is normalised. */
export type EstateDataInput = z.input<typeof estateDataSchema>;
