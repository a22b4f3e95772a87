package id.sentra.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.sentra.platform.security.ApiTokens;
import id.sentra.platform.security.CurrentUser;

/** Where a person creates and revokes the API tokens of their own account; a new token is shown once. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.list(CurrentUser.require().accountId()));
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, Model model) {
        var user = CurrentUser.require();
        String label = name.isBlank() ? "token" : name.strip();
        model.addAttribute("issued", tokens.issue(user.accountId(), label.length() > 80 ? label.substring(0, 80) : label));
        model.addAttribute("tokens", tokens.list(user.accountId()));
        return "account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(CurrentUser.require().accountId(), id);
        return "redirect:/account/tokens";
    }
}
