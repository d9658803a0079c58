package cn.liantu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCommandTest {

    @Test
    void parsesARegionLimitedEditor() {
        TokenCommand.Request request = TokenCommand.parse(List.of("--role", "editor", "--region", "410300"));
        assertThat(request).isEqualTo(new TokenCommand.Request(Role.EDITOR, "410300", "editor-410300", 30, false, null));
    }

    @Test
    void parsesAnApiKeyRequest() {
        TokenCommand.Request request = TokenCommand.parse(List.of("--api-key", "--role", "VIEWER", "--name", "大屏",
                "--days", "7", "--subject", "screen"));
        assertThat(request).isEqualTo(new TokenCommand.Request(Role.VIEWER, null, "screen", 7, true, "大屏"));
    }

    @Test
    void refusesWhatItCannotDo() {
        assertThatThrownBy(() -> TokenCommand.parse(List.of())).hasMessage("Give the role with --role");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--role", "OWNER")))
                .hasMessageContaining("Unknown role 'OWNER'");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--role", "ADMIN", "--api-key")))
                .hasMessageContaining("needs --name");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--role", "ADMIN", "--days", "0")))
                .hasMessageContaining("between 1 and 3650");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--role"))).hasMessage("--role needs a value");
    }
}
