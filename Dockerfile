# The app's image for the production shape in docker-compose.yml (profile "production"): one image,
# run as the API (server/main.ts, RUN_WORKER=false) or as a worker (workflows/run-worker.ts).
# Debian's Chromium prints the PDFs; nothing is downloaded at install time.
FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core ghostscript libxml2-utils poppler-utils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV NODE_ENV=production CHROMIUM_PATH=/usr/bin/chromium
USER node
EXPOSE 3000
CMD ["npx", "tsx", "server/main.ts"]
