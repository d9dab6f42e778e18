node_modules/
dist/
*.tsbuildinfo
.env
