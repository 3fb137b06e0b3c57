/**
 * GET /v1/models and /v1/models/{id}: the workbook's catalog, in the API's shape. Like the API, the
 * list holds only the models still served on `today`, each with its announced `shutdown_date`, and
 * a shut-down model is "not found".
 */
import { findModel, isoDate, lifecycle, servedModels, workbookToday, type ModelInfo } from "../../api/catalog";
import { ApiError } from "../request/errors";

// A fixed date, so listings are stable; the real API reports when each model was published.
const CREATED = 1_700_000_000;

const modelObject = (m: ModelInfo) => ({
  id: m.id,
  object: "model",
  created: CREATED,
  owned_by: "system",
  shutdown_date: m.shutdownDate,
});

export function listModels(today: string | Date = workbookToday()) {
  return { object: "list", data: servedModels(isoDate(today)).map(modelObject) };
}

export function retrieveModel(id: string, today: string | Date = workbookToday()) {
  const info = findModel(id);
  if (!info || lifecycle(info, today) === "shut-down") {
    throw new ApiError(404, `The model '${id}' does not exist`, "invalid_request_error", "model", "model_not_found");
  }
  return { ...modelObject(info), id };
}
