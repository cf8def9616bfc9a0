import express, { Router } from "express";
import createServer from "express";
import cors from "cors";

// ruleid: js-express-no-helmet
const app = express();
app.use(cors({ origin: ["https://app.example.com"] }));
// ok: js-express-no-helmet
app.use(express.json({ limit: "1mb" }));
// ok: js-express-no-helmet
app.use(express.urlencoded({ extended: false }));
// ok: js-express-no-helmet
app.use("/static", express.static("public", { maxAge: "1d" }));

// ok: js-express-no-helmet
export const usersRouter = Router();
usersRouter.get("/:id", (req, res) => {
  res.json({ id: req.params.id });
});

// ok: js-express-no-helmet
const adminRouter = express.Router({ mergeParams: true });
app.use("/admin", adminRouter);
app.use("/users", usersRouter);

// A second app on another port (metrics), created through an aliased import.
// ruleid: js-express-no-helmet
export const metricsApp = createServer();
metricsApp.get("/metrics", (_req, res) => {
  res.type("text/plain").send("up 1\n");
});

app.listen(Number(process.env.PORT ?? 3000));
