// JupyterLab's own stylesheets (the notebook's, the editor's and the light theme), so outputs are
// laid out with JupyterLab's CSS and not the classic Notebook's.
import "@jupyterlab/notebook/style/index.css";
import "@jupyterlab/codemirror/style/index.css";
import "@jupyterlab/theme-light-extension/style/theme.css";
import "./index.css";
