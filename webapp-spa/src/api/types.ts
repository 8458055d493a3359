/** Response of GET api/ (InvenTree-compatible server information). All fields optional. */
export interface ServerInfo {
  server?: string;
  version?: string;
  instance?: string;
  apiVersion?: number;
  worker_running?: boolean;
  database?: string;
  platform?: string;
  [key: string]: unknown;
}
