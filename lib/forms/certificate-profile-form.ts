import { z } from 'zod';
import { certificateTypeChoices } from '../api/choices';
import type { CertificateProfile } from '../api/schemas/load-balancers';
import type { FormDef } from './definition';
import {
  blankChoice,
  fromIsoUtc,
  nameText,
  optionalRef,
  pickedSchema,
  text255,
  utcDateTimeText,
} from './fields';
import { idOf, picked, pickedList } from './refs';
import { tagsField } from './tags';

export const certificateProfileFormSchema = z.object({
  tags: z.array(pickedSchema),
  name: nameText,
  certificate_type: blankChoice(certificateTypeChoices.values),
  expiration_date: utcDateTimeText,
  certificate_file_path: text255,
  chain_file_path: text255,
  key_file_path: text255,
  cipher: text255,
  tenant: optionalRef,
});
type Values = z.output<typeof certificateProfileFormSchema>;

export const certificateProfileForm = {
  resource: 'certificate-profiles',
  schema: certificateProfileFormSchema,
  sections: [
    {
      title: 'Certificate profile',
      fields: [
        {
          name: 'name',
          label: 'Name',
          kind: 'text',
          required: true,
          helper: 'Unique across all certificate profiles.',
        },
        { name: 'certificate_type', label: 'Type', kind: 'choice', choices: certificateTypeChoices },
        { name: 'expiration_date', label: 'Expires (UTC)', kind: 'datetime' },
        { name: 'cipher', label: 'Cipher', kind: 'text' },
        { name: 'tenant', label: 'Tenant', kind: 'reference', endpoint: 'tenants' },
        tagsField('certificate-profiles'),
      ],
    },
    {
      title: 'Files',
      fields: [
        { name: 'certificate_file_path', label: 'Certificate file path', kind: 'text' },
        { name: 'chain_file_path', label: 'Chain file path', kind: 'text' },
        { name: 'key_file_path', label: 'Key file path', kind: 'text' },
      ],
    },
  ],
  empty: () => ({
    tags: [],
    name: '',
    certificate_type: '',
    expiration_date: '',
    certificate_file_path: '',
    chain_file_path: '',
    key_file_path: '',
    cipher: '',
    tenant: null,
  }),
  fromRow: (row: CertificateProfile) => ({
    tags: pickedList(row.tags),
    name: row.name,
    certificate_type: row.certificate_type as Values['certificate_type'],
    expiration_date: fromIsoUtc(row.expiration_date),
    certificate_file_path: row.certificate_file_path,
    chain_file_path: row.chain_file_path,
    key_file_path: row.key_file_path,
    cipher: row.cipher,
    tenant: picked(row.tenant),
  }),
  toBody: (v: Values) => ({
    tags: v.tags.map((t) => t.id),
    name: v.name,
    certificate_type: v.certificate_type,
    expiration_date: v.expiration_date,
    certificate_file_path: v.certificate_file_path,
    chain_file_path: v.chain_file_path,
    key_file_path: v.key_file_path,
    cipher: v.cipher,
    tenant: idOf(v.tenant),
  }),
  unique: [
    {
      field: 'name',
      filters: (v: Values) => ({ name: v.name }),
      matches: (row, v) => row.name === v.name,
      message: (existing) => `A certificate profile named “${existing}” already exists; names are unique.`,
    },
  ],
} satisfies FormDef<'certificate-profiles', typeof certificateProfileFormSchema>;
