export {
  inputsFor,
  readInputs,
  type Input,
  type Problem,
  type Values,
  type ValueOf,
} from './input.js';
export { inputsTable, replaceSection } from './docs.js';
export { layoutPaths, shape, type Layout, type Shaped } from './shape.js';
export { boolean, check, decode, integer, list, matching, oneOf, text, url } from './schemas.js';
export { InvalidInput, parseText, type TextStyle } from './text.js';
