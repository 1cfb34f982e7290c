import packageJson from '../package.json';

/** The tool's name and version, recorded in every output file so a graph says what made it. */
export const TOOL_NAME = 'comention';
export const TOOL_VERSION: string = packageJson.version;

/** Version of the graph.json / documents.json layout; bump when a field changes meaning. */
export const FORMAT_VERSION = 1;
