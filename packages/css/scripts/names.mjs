// The names @polder/css publishes its stylesheets under: the file name, the way users import them
// (`@polder/css/button.css`). Two stylesheets of @polder/components with one file name (say
// `form-control/fieldset.css` and `fieldset/fieldset.css`) would overwrite each other, and a stylesheet named
// `polder.css` would overwrite the bundle: both stop the build, naming the files.
import { basename } from 'node:path';

/** The bundle of every stylesheet: no component stylesheet may take its name. */
export const BUNDLE = 'polder.css';

/**
 * Maps each stylesheet path (relative to the components' dist folder) onto the name it is published under.
 * Throws on a name that two stylesheets would share, or one that is the bundle's.
 * @param {string[]} files
 * @returns {Map<string, string>} published name → source path
 */
export function publishedNames(files) {
  const names = new Map();
  for (const file of files) {
    const name = basename(file);
    if (name === BUNDLE) throw new Error(`@polder/css: ${file} would overwrite the bundle ${BUNDLE}; rename it`);
    const other = names.get(name);
    if (other !== undefined) {
      throw new Error(`@polder/css: ${other} and ${file} would both be published as ${name}; rename one of them`);
    }
    names.set(name, file);
  }
  return names;
}
