/**
 * The one-file embed: `<script type="module" src=".../tsunagu.js" data-key="pk_…"></script>` configures
 * every widget from the tag's data- attributes and registers all of them.
 */
import { configureFromScript } from './configure.js';

configureFromScript(import.meta.url);
