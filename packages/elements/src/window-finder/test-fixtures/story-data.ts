// Data for the finder's stories (no server in Storybook): three real ward offices (addresses, phones and
// points from the shipped Yokohama data, see packages/server/data/yokohama), two national lines, one
// sample NPO marked as sample, and a few towns (one with a reading, as an areas source may carry).
import type { FinderData } from '../finder-data.js';
import { CONCERNS } from '@tsunagu/schema';
import { line, npo, wardOffice } from './sample-windows.js';

const office = (
  id: string,
  ward: string,
  en: string,
  address: string,
  phone: string,
  lat: number,
  lng: number,
) =>
  wardOffice(id, lat, lng, {
    name: `${ward} 生活支援課（自立相談支援）`,
    name_en: `${en} Ward Livelihood Support Division (independence support consultation)`,
    organization: `横浜市${ward}役所`,
    organization_en: `Yokohama City ${en} Ward Office`,
    location: { address, lat, lng },
    phones: [{ number: phone, kind: 'voice', note_codes: ['main_switchboard'] }],
    note_codes: ['main_switchboard'],
    description_codes: [
      'independence_consultation',
      'housing_benefit',
      'work_readiness',
      'household_finance',
    ],
    sample: false,
  });

export const STORY_DATA: FinderData = {
  windows: [
    office('naka', '中区', 'Naka', '横浜市中区日本大通35', '045-224-8181', 35.446371, 139.642363),
    office('minami', '南区', 'Minami', '横浜市南区浦舟町2-33', '045-341-1212', 35.4346, 139.627622),
    office('isogo', '磯子区', 'Isogo', '横浜市磯子区磯子3-5-1', '045-750-2323', 35.403667, 139.619277),
    { ...npo(), name: '（見本）フードバンク相談', note_codes: ['sample_data'] },
    {
      ...line('line-yorisoi', [...CONCERNS], true),
      name: 'よりそいホットライン',
      name_en: 'Yorisoi Hotline',
      organization: '一般社団法人 社会的包摂サポートセンター',
      phones: [{ number: '0120-279-338', kind: 'voice', free: true }],
      note_codes: ['free_call', 'foreign_languages_available'],
    },
    {
      ...line('line-189', ['children_parenting', 'violence_abuse'], true),
      name: '児童相談所虐待対応ダイヤル「189」',
      name_en: 'Child abuse line 189',
      organization: 'こども家庭庁',
      phones: [{ number: '189', kind: 'voice', free: true }],
      note_codes: ['free_call', 'anonymous_ok'],
    },
  ],
  wards: [
    { id: 'naka', name: '中区', name_en: 'Naka' },
    { id: 'minami', name: '南区', name_en: 'Minami' },
    { id: 'isogo', name: '磯子区', name_en: 'Isogo' },
  ],
  towns: [
    {
      id: 'naka-0001',
      ward_id: 'naka',
      name: '相生町一丁目',
      lat: 35.445792,
      lng: 139.639661,
      reading: 'あいおいちょう',
    },
    {
      id: 'naka-0002',
      ward_id: 'naka',
      name: '相生町二丁目',
      lat: 35.446395,
      lng: 139.638558,
      reading: 'あいおいちょう',
    },
    { id: 'minami-0016', ward_id: 'minami', name: '大岡四丁目', lat: 35.41133, lng: 139.603847 },
  ],
};
