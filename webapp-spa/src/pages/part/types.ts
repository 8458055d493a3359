export interface PathStep {
  pk: number;
  name: string;
}

export interface Category {
  pk: number;
  name: string;
  description: string;
  parent: number | null;
  pathstring: string;
  path?: PathStep[];
  part_count: number;
  subcategories: number;
  structural: boolean;
}

export interface Part {
  pk: number;
  name: string;
  IPN: string | null;
  revision: string | null;
  description: string;
  keywords: string | null;
  category: number | null;
  category_name?: string | null;
  category_path?: PathStep[];
  units: string | null;
  variant_of: number | null;
  is_template: boolean;
  assembly: boolean;
  component: boolean;
  trackable: boolean;
  testable: boolean;
  purchaseable: boolean;
  salable: boolean;
  virtual: boolean;
  active: boolean;
  locked: boolean;
  link: string | null;
  notes: string | null;
  full_name: string;
  creation_date: string | null;
  in_stock: number;
  total_in_stock?: number;
  minimum_stock: number;
  starred: boolean;
  revision_count?: number;
  image?: string | null;
  tags?: string[];
}
