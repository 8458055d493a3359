import type { PathStep } from '../part/types';

export interface StockLocation {
  pk: number;
  name: string;
  description: string;
  parent: number | null;
  pathstring: string;
  path?: PathStep[];
  items: number;
  sublocations: number;
  structural: boolean;
  external: boolean;
}

export interface StockItem {
  pk: number;
  part: number;
  part_detail?: { pk: number; name: string; full_name: string; IPN: string | null; description: string; units?: string | null };
  quantity: number;
  serial: string | null;
  batch: string | null;
  location: number | null;
  location_detail?: { pk: number; name: string; pathstring: string };
  location_path?: PathStep[];
  status: number;
  status_text?: string;
  in_stock: boolean;
  belongs_to: number | null;
  parent: number | null;
  link: string | null;
  notes: string | null;
  packaging: string | null;
  expiry_date: string | null;
  stocktake_date: string | null;
  creation_date: string | null;
  updated: string | null;
  installed_items: number;
  tracking_items: number;
}

export interface TrackingEntry {
  pk: number;
  item: number | null;
  date: string;
  tracking_type: number;
  label: string;
  notes: string | null;
  deltas: Record<string, unknown> | null;
  user: number | null;
  user_detail?: { pk: number; username: string };
}

/** One value of GET api/stock/status/. */
export interface StatusValue {
  key: number;
  name: string;
  label: string;
  color: string;
}

export interface StatusClass {
  status_class: string;
  values: Record<string, StatusValue>;
}
