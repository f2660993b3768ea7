import { redirect } from "react-router";
import type { Route } from "./+types/language";

/** Sets the interface language (Dutch first) and goes back where the user was. */
export function action({ request }: Route.ActionArgs) {
  return request.formData().then((form) => {
    const lang = form.get("lang") === "en" ? "en" : "nl";
    const back = String(form.get("terug") ?? "/");
    const target = back.startsWith("/") && !back.startsWith("//") ? back : "/";
    return redirect(target, { headers: { "Set-Cookie": `jr_lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` } });
  });
}

export function loader() {
  return redirect("/");
}
