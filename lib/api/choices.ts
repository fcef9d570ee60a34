/**
 * Choice values and labels as Nautobot's load_balancers/choices.py defines them.
 * Values are plain strings on the wire; "" means blank where the model allows it.
 */
function choices<const T extends readonly (readonly [string, string])[]>(pairs: T) {
  const values = pairs.map(([v]) => v) as { [K in keyof T]: T[K][0] };
  const labels = Object.fromEntries(pairs) as Record<T[number][0], string>;
  return { pairs, values, labels };
}

export const protocolChoices = choices([
  ['tcp', 'TCP'],
  ['udp', 'UDP'],
  ['icmp', 'ICMP'],
  ['sctp', 'SCTP'],
  ['http', 'HTTP'],
  ['https', 'HTTPS'],
  ['http2', 'HTTP2'],
  ['grpc', 'gRPC'],
  ['quic', 'QUIC'],
  ['dns', 'DNS'],
  ['any', 'Any'],
] as const);

export const protocolGroups: Record<string, readonly string[]> = {
  'Layer 4': ['tcp', 'udp', 'icmp', 'sctp'],
  'Layer 7': ['http', 'https', 'http2', 'grpc', 'quic'],
  DNS: ['dns'],
  Any: ['any'],
};

export const sourceNatTypeChoices = choices([
  ['auto', 'Auto'],
  ['pool', 'Pool'],
  ['static', 'Static'],
] as const);

export const loadBalancerTypeChoices = choices([
  ['layer2', 'Layer 2'],
  ['layer4', 'Layer 4'],
  ['layer7', 'Layer 7'],
  ['dns', 'DNS'],
] as const);

export const algorithmChoices = choices([
  ['round_robin', 'Round Robin'],
  ['url_hash', 'URL Hash'],
  ['least_connections', 'Least Connections'],
  ['least_response_time', 'Least Response Time'],
  ['least_bandwidth', 'Least Bandwidth'],
  ['least_packets', 'Least Packets'],
  ['domain_hash', 'Domain Hash'],
  ['destination_ip_hash', 'Destination IP Hash'],
  ['source_ip_hash', 'Source IP Hash'],
  ['srcip_destip_hash', 'Source IP Destination IP Hash'],
  ['least_request', 'Least Request'],
  ['custom_load', 'Custom Load'],
  ['srcip_srcport_hash', 'Source IP Source Port Hash'],
] as const);

export const healthCheckTypeChoices = choices([
  ['ping', 'Ping'],
  ['tcp', 'TCP'],
  ['dns', 'DNS'],
  ['http', 'HTTP'],
  ['https', 'HTTPS'],
  ['custom', 'Custom'],
] as const);

export const certificateTypeChoices = choices([
  ['client', 'Client'],
  ['server', 'Server'],
  ['mutual_tls', 'mTLS (Mutual TLS)'],
] as const);

/** Label for a stored choice value; unknown values (a newer Nautobot) are shown as they are. */
export function choiceLabel(labels: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '—';
  return labels[value] ?? value;
}
