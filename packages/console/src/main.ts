// The console's entry: registers <tsunagu-console> (index.html puts it on the page).
import './app.js';
