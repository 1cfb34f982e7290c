/** Packages left external by the Node bundles (see node-bundle.mjs). */
export declare const externalPackages: string[];
