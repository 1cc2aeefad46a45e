/** unified plugins: parse exhibits, write them back or canonical, bridge to and from mdast. */
export { secExhibitParse, MESSAGE_SOURCE } from './parse.js';
export { secExhibitStringify, secExhibitFormat } from './compile.js';
export { secExhibitToMdast, secExhibitFromMdast } from './bridge.js';
