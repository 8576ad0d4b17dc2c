// Command manifest writes the browser-specific manifests of the extension
// from its one source, extension/manifest.json (written for Chromium):
//
//	go run ./scripts/manifest -src extension/manifest.json -chrome dist/chrome/manifest.json -firefox dist/firefox/manifest.json
//
// The Chromium manifest is the source as it is. The Firefox manifest
// replaces the background service worker with a background script (Firefox
// runs MV3 backgrounds as event pages), drops Chromium-only keys
// (minimum_chrome_version, use_dynamic_url) and adds
// browser_specific_settings.gecko: the add-on id, the minimum version and
// the data-collection declaration (none). Content-script entries without
// styles (the sites whose page policy keeps the core from running in
// Chromium, where Vetted then shows nothing) get the badge styles of the
// other entries in Firefox, which runs the core there.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
)

// Firefox settings.
const (
	geckoID         = "vetted@vetted.dev"
	geckoMinVersion = "140.0" // data_collection_permissions needs 140 (desktop)
	androidMinVer   = "142.0" // and 142 on Android
)

func main() {
	src := flag.String("src", "extension/manifest.json", "source manifest (Chromium)")
	chrome := flag.String("chrome", "", "where to write the Chromium manifest")
	firefox := flag.String("firefox", "", "where to write the Firefox manifest")
	flag.Parse()
	if err := run(*src, *chrome, *firefox); err != nil {
		fmt.Fprintln(os.Stderr, "manifest:", err)
		os.Exit(1)
	}
}

func run(src, chrome, firefox string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	if err := check(m); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	if chrome != "" {
		if err := os.WriteFile(chrome, raw, 0o644); err != nil {
			return err
		}
	}
	if firefox != "" {
		out, err := encode(forFirefox(m))
		if err != nil {
			return err
		}
		if err := os.WriteFile(firefox, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// check refuses a source that breaks the project's rules: Manifest V3, the
// storage permission only, and a service-worker background.
func check(m map[string]any) error {
	if v, _ := m["manifest_version"].(float64); v != 3 {
		return errors.New("manifest_version must be 3")
	}
	perms, _ := m["permissions"].([]any)
	for _, p := range perms {
		if p != "storage" {
			return fmt.Errorf("permission %v: only \"storage\" is allowed", p)
		}
	}
	if _, ok := m["optional_permissions"]; ok {
		return errors.New("optional_permissions: none are allowed")
	}
	bg, _ := m["background"].(map[string]any)
	if _, ok := bg["service_worker"].(string); !ok {
		return errors.New("background.service_worker is missing")
	}
	return nil
}

// forFirefox returns a copy of m adapted to Firefox.
func forFirefox(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	delete(out, "minimum_chrome_version")
	// Firefox gives every install its own random moz-extension:// origin
	// already; use_dynamic_url is Chromium's way to the same end.
	if wars, ok := m["web_accessible_resources"].([]any); ok {
		copied := make([]any, len(wars))
		for i, w := range wars {
			if wm, ok := w.(map[string]any); ok {
				c := make(map[string]any, len(wm))
				for k, v := range wm {
					if k != "use_dynamic_url" {
						c[k] = v
					}
				}
				w = c
			}
			copied[i] = w
		}
		out["web_accessible_resources"] = copied
	}
	if css := firstCSS(m); css != nil {
		if entries, ok := m["content_scripts"].([]any); ok {
			copied := make([]any, len(entries))
			for i, e := range entries {
				if em, ok := e.(map[string]any); ok {
					if _, has := em["css"]; !has {
						c := make(map[string]any, len(em)+1)
						for k, v := range em {
							c[k] = v
						}
						c["css"] = css
						e = c
					}
				}
				copied[i] = e
			}
			out["content_scripts"] = copied
		}
	}
	bg := m["background"].(map[string]any)
	// The event page loads the hosted core itself (the service worker
	// imports them with importScripts): wasm_exec.js, then host.js.
	out["background"] = map[string]any{"scripts": []any{"wasm_exec.js", "host.js", bg["service_worker"]}}
	out["browser_specific_settings"] = map[string]any{
		"gecko": map[string]any{
			"id":                 geckoID,
			"strict_min_version": geckoMinVersion,
			"data_collection_permissions": map[string]any{
				"required": []any{"none"},
			},
		},
		"gecko_android": map[string]any{
			"strict_min_version": androidMinVer,
		},
	}
	return out
}

// firstCSS returns the css list of the first content-script entry with one.
func firstCSS(m map[string]any) []any {
	entries, _ := m["content_scripts"].([]any)
	for _, e := range entries {
		if em, ok := e.(map[string]any); ok {
			if css, ok := em["css"].([]any); ok && len(css) > 0 {
				return css
			}
		}
	}
	return nil
}

func encode(m map[string]any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
