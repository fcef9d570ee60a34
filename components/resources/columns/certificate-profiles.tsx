import { certificateTypeChoices, choiceLabel } from '@/lib/api/choices';
import { RefValue, TextValue } from '../cells';
import type { ColumnsOf } from '../column';
import { ExpiryDate } from '../expiry-date';

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
];
