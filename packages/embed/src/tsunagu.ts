/**
 * The one-file embed: `<script type="module" src=".../tsunagu.js" data-key="pk_…"></script>` configures
 * every widget from the tag's data- attributes, then fetches and registers each widget whose tag is on the
 * page (or appears later). A page with only a finder never downloads the report form.
 */
import { autoload } from './autoload.js';
import { configureFromScript } from './configure.js';
import { widgetLoaders } from './widgets.js';

configureFromScript(import.meta.url);
autoload(document, widgetLoaders(import.meta.url));
