package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minhu.platform.MinhuException;
import org.minhu.platform.ProblemTexts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refusal shown where it happened (a row of the inbox, a queue, the board) rather than on the
 * error page: the problem's status, its sentence in the reader's language and its code, for the
 * page's {@code error} and {@code errorCode}.
 */
@Component
class InPlaceRefusals {

    private final ProblemTexts texts;

    InPlaceRefusals(ProblemTexts texts) {
        this.texts = texts;
    }

    void show(MinhuException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.detail(texts.language(request), e.status().value(), e.code(), e.getMessage(),
                e.details()));
        model.addAttribute("errorCode", e.code());
    }
}
