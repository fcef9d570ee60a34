import { certificateTypeChoices, choiceLabel } from '@/lib/api/choices';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';
import { ExpiryDate } from '../expiry-date';

/** Nautobot's certificate-profile table: its default columns first, the file paths on request. */
export const certificateProfileColumns: ColumnsOf<'certificate-profiles'> = [
  { id: 'name', label: 'Name', sortKey: 'name', render: (r) => r.name },
  {
    id: 'certificate_type',
    label: 'Type',
    sortKey: 'certificate_type',
    render: (r) => (
      <TextValue
        value={r.certificate_type && choiceLabel(certificateTypeChoices.labels, r.certificate_type)}
      />
    ),
  },
  {
    id: 'expiration_date',
    label: 'Expiration date',
    sortKey: 'expiration_date',
    render: (r) => <ExpiryDate value={r.expiration_date} />,
  },
  { id: 'cipher', label: 'Cipher', sortKey: 'cipher', render: (r) => <TextValue value={r.cipher} /> },
  { id: 'tenant', label: 'Tenant', sortKey: 'tenant', render: (r) => <RefValue value={r.tenant} /> },
  {
    id: 'certificate_file_path',
    label: 'Certificate file path',
    sortKey: 'certificate_file_path',
    defaultHidden: true,
    render: (r) => <TextValue value={r.certificate_file_path} />,
  },
  {
    id: 'chain_file_path',
    label: 'Chain file path',
    sortKey: 'chain_file_path',
    defaultHidden: true,
    render: (r) => <TextValue value={r.chain_file_path} />,
  },
  {
    id: 'key_file_path',
    label: 'Key file path',
    sortKey: 'key_file_path',
    defaultHidden: true,
    render: (r) => <TextValue value={r.key_file_path} />,
  },
];
