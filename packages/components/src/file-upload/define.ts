import { PolderFileUpload } from './file-upload.js';
import { defineElement } from '../registry/registry.js';

defineElement('polder-file-upload', PolderFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'polder-file-upload': PolderFileUpload;
  }
}

export { PolderFileUpload };
