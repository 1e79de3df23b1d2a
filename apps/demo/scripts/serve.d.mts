export declare const CSP_HEADER: string;
export declare function serve(options?: {
  root?: string;
  port?: number;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
