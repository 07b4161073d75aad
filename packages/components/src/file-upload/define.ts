import { PolderFileUpload } from './file-upload.js';

if (!customElements.get('polder-file-upload')) customElements.define('polder-file-upload', PolderFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'polder-file-upload': PolderFileUpload;
  }
}

export { PolderFileUpload };
